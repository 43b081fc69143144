/**
 * The performance budgets, over every page of the built site (dist/): what a reader's first round
 * trip can carry (about 14 KB), no JavaScript file before the reader asks for one, and the
 * habits that keep a page light and stable (no web fonts, images with their size). Sizes are
 * gzipped at Node's default level, as a static host compresses them; 1 KB is 1,024 bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Page } from 'playwright-core';
import { SKIP, visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { kilobytes, textTable } from '../support/text-table';
import { openPage } from './site';

const KB = 1024;
const budgets = {
	/** HTML with its CSS, inline diagrams left out: the first round trip of a connection. */
	page: 14 * KB,
	/** One inline diagram. */
	diagram: 5 * KB,
	/** The inline scripts of a page, uncompressed: the theme before first paint and delegated clicks. */
	inlineScript: 1 * KB,
	/** A Starlight 0.42 page with a short text and one code block, everything included. */
	starlightPage: 27.75 * KB,
};

const dist = 'dist';
const fontFile = /\.(woff2?|ttf|otf|eot)$/i;

interface PageWeight {
	/** Path inside dist/, e.g. `zh/apps/docker/index.html`. */
	file: string;
	/** HTML and CSS, gzipped, inline diagrams left out. */
	page: number;
	/** The CSS alone (inline and linked), gzipped. */
	css: number;
	/** Code blocks alone, gzipped. */
	code: number;
	/** Each inline diagram, gzipped. */
	diagrams: number[];
	/** Everything the page needs before the reader asks for more, diagrams included, gzipped. */
	total: number;
	/** Bytes of executable inline script, uncompressed. */
	inlineScript: number;
	/** `<img>` elements without width or height, as written. */
	imagesWithoutSize: string[];
	/** Whether the page's CSS declares a font face or it preloads a font. */
	loadsFonts: boolean;
}

const gzipped = (text: string) => gzipSync(text).length;
const hasClass = (node: Element, name: string) =>
	Array.isArray(node.properties['className']) && node.properties['className'].includes(name);
const textOf = (node: Element) =>
	node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const isExecutable = (script: Element) =>
	!script.properties['src'] &&
	['', 'module', 'text/javascript'].includes(String(script.properties['type'] ?? ''));

/** The source range of an element, for cutting it out of the page as served. */
function span(node: Element): [number, number] {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) throw new Error('the parser gave no positions');
	return [start, end];
}

function cut(html: string, ranges: [number, number][]): string {
	let kept = '';
	let from = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		kept += html.slice(from, start);
		from = end;
	}
	return kept + html.slice(from);
}

/**
 * Measures one page. `stylesheet(href)` returns the text of a linked stylesheet: the site inlines
 * its CSS today, but a linked one would count all the same.
 */
function weighPage(file: string, html: string, stylesheet: (href: string) => string): PageWeight {
	const tree: Root = fromHtml(html);
	const diagramRanges: [number, number][] = [];
	const inlineCss: string[] = [];
	const linkedCss: string[] = [];
	const code: string[] = [];
	const imagesWithoutSize: string[] = [];
	let inlineScript = 0;
	let preloadsFont = false;
	visit(tree, 'element', (node) => {
		const properties = node.properties;
		if (node.tagName === 'figure' && hasClass(node, 'diagram')) {
			visit(node, 'element', (inner) => {
				if (inner.tagName !== 'svg') return undefined;
				diagramRanges.push(span(inner));
				return SKIP;
			});
			return SKIP;
		}
		if (node.tagName === 'pre') code.push(html.slice(...span(node)));
		if (node.tagName === 'style') inlineCss.push(textOf(node));
		if (node.tagName === 'script' && isExecutable(node))
			inlineScript += Buffer.byteLength(textOf(node));
		if (node.tagName === 'img' && (!properties['width'] || !properties['height']))
			imagesWithoutSize.push(html.slice(...span(node)));
		if (node.tagName === 'link') {
			const rel = String(properties['rel'] ?? '');
			if (rel.includes('stylesheet')) linkedCss.push(stylesheet(String(properties['href'])));
			if (rel.includes('preload') && properties['as'] === 'font') preloadsFont = true;
		}
		return undefined;
	});
	const linked = linkedCss.reduce((sum, text) => sum + gzipped(text), 0);
	const css = [...inlineCss, ...linkedCss];
	return {
		file,
		page: gzipped(cut(html, diagramRanges)) + linked,
		css: gzipped(css.join('')),
		code: gzipped(code.join('')),
		diagrams: diagramRanges.map((range) => gzipped(html.slice(...range))),
		total: gzipped(html) + linked,
		inlineScript,
		imagesWithoutSize,
		loadsFonts: preloadsFont || css.some((text) => /@font-face/i.test(text)),
	};
}

/** `/built-with-go/` when the site is built under a base path, else `/`. */
function basePath(): string {
	const home = readFileSync(join(dist, 'index.html'), 'utf8');
	return /<html[^>]*\sdata-base="([^"]*)"/.exec(home)?.[1] ?? '/';
}

/** Reads a linked stylesheet of the page `file` from dist/. */
function stylesheetOf(file: string, base: string) {
	return (href: string) => {
		const { pathname } = new URL(href, `http://site${base}${file}`);
		return readFileSync(join(dist, decodeURIComponent(pathname.slice(base.length))), 'utf8');
	};
}

/** "app (zh)", "home (en)", "404 (en)": pages that share a layout. */
function pageType(file: string): string {
	const parts = file.split('/');
	const locale = parts[0] === 'zh' ? 'zh' : 'en';
	const [first = ''] = locale === 'zh' ? parts.slice(1) : parts;
	const kind = first === 'index.html' ? 'home' : first.replace(/\.html$/, '');
	return `${kind.replace(/s$/, '')} (${locale})`;
}

const base = basePath();
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
	.map((file) => file.split('\\').join('/'))
	.sort();
const weights = files.map((file) =>
	weighPage(file, readFileSync(join(dist, file), 'utf8'), stylesheetOf(file, base)),
);
const urlOf = (file: string) => `${base}${file.replace(/index\.html$/, '')}`;

/** A finding per page, named by its file, and what to do about it. */
function report(findings: string[], fix: string): string {
	return `${findings.join('\n')}\nFix: ${fix}`;
}

afterAll(() => {
	const heaviest = [...weights].sort((a, b) => b.page - a.page).slice(0, 12);
	console.log(
		`The heaviest pages of dist/ (gzipped; budget ${kilobytes(budgets.page)} for HTML and CSS without diagrams)\n${textTable(
			['page', 'HTML+CSS', 'of it CSS', 'of it code', 'diagrams', 'inline JS', 'all'],
			heaviest.map((weight) => [
				weight.file,
				kilobytes(weight.page),
				kilobytes(weight.css),
				kilobytes(weight.code),
				weight.diagrams.map(kilobytes).join(' + '),
				`${weight.inlineScript} B`,
				kilobytes(weight.total),
			]),
		)}`,
	);
});

describe('byte budgets of every page in dist/', () => {
	it('the built site is there to measure, every page type included', () => {
		expect(files).toEqual(expect.arrayContaining(['index.html', 'zh/index.html', '404.html']));
		expect(files.some((file) => file.startsWith('apps/'))).toBe(true);
		expect(files.some((file) => file.startsWith('zh/domains/'))).toBe(true);
	});

	it(`HTML and CSS fit in ${kilobytes(budgets.page)} gzipped, inline diagrams left out`, () => {
		const over = weights
			.filter((weight) => weight.page > budgets.page)
			.map(
				(weight) =>
					`dist/${weight.file}: ${kilobytes(weight.page)} (CSS ${kilobytes(weight.css)}, code blocks ${kilobytes(weight.code)})`,
			);
		expect(
			over,
			report(
				over,
				`shorten the page or its code blocks, or trim CSS shared by every page (src/styles/); the budget is ${kilobytes(budgets.page)}.`,
			),
		).toEqual([]);
	});

	it(`each inline diagram is at most ${kilobytes(budgets.diagram)} gzipped`, () => {
		const over = weights.flatMap((weight) =>
			weight.diagrams
				.map((size, index) => ({ size, index }))
				.filter(({ size }) => size > budgets.diagram)
				.map(
					({ size, index }) => `dist/${weight.file}: diagram ${index + 1} is ${kilobytes(size)}`,
				),
		);
		expect(
			over,
			report(over, 'split the diagram in two, or drop nodes and labels the prose already gives.'),
		).toEqual([]);
		expect(weights.some((weight) => weight.diagrams.length > 0)).toBe(true);
	});

	it(`inline script is at most ${budgets.inlineScript} bytes per page`, () => {
		const over = weights
			.filter((weight) => weight.inlineScript > budgets.inlineScript)
			.map((weight) => `dist/${weight.file}: ${weight.inlineScript} bytes of inline script`);
		expect(
			over,
			report(
				over,
				'move what the first paint does not need into a module loaded on intent (src/integrations/client-scripts.ts).',
			),
		).toEqual([]);
	});

	it('no web fonts: no @font-face, no font preload, no font file', () => {
		const fontPages = weights
			.filter((weight) => weight.loadsFonts)
			.map((weight) => `dist/${weight.file}: declares or preloads a web font`);
		const fontFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => fontFile.test(file))
			.map((file) => `dist/${file}: a font file`);
		const found = [...fontPages, ...fontFiles];
		expect(found, report(found, 'use the system font stacks of src/styles/global.css.')).toEqual(
			[],
		);
	});

	it('every <img> has a width and a height, so nothing moves as images load', () => {
		const unsized = weights.flatMap((weight) =>
			weight.imagesWithoutSize.map((image) => `dist/${weight.file}: ${image}`),
		);
		expect(
			unsized,
			report(unsized, 'give each image its intrinsic width="…" and height="…".'),
		).toEqual([]);
	});

	it(`an application page, diagrams included, weighs less than a Starlight page (${kilobytes(budgets.starlightPage)})`, () => {
		const appPages = weights.filter((weight) => /^(zh\/)?apps\//.test(weight.file));
		const over = appPages
			.filter((weight) => weight.total > budgets.starlightPage)
			.map((weight) => `dist/${weight.file}: ${kilobytes(weight.total)} in all`);
		expect(over, report(over, 'see the budgets above: the page or its diagrams grew.')).toEqual([]);
	});

	it('the measurements see what they look for', () => {
		const html = `<!doctype html><html><head><style>@font-face{font-family:x}</style>
			<script>let theme = 1;</script><script type="application/ld+json">{"a":1}</script></head>
			<body><img src="a.png" width="10"><img src="b.png" width="10" height="10">
			<figure class="diagram"><svg><text>${'diagram text '.repeat(200)}</text></svg></figure></body></html>`;
		const weight = weighPage('sample.html', html, () => '');
		expect(weight.imagesWithoutSize).toEqual(['<img src="a.png" width="10">']);
		expect(weight.loadsFonts).toBe(true);
		expect(weight.inlineScript).toBe(Buffer.byteLength('let theme = 1;'));
		expect(weight.diagrams).toHaveLength(1);
		expect(weight.page).toBeLessThan(weight.total);
	});
});

/**
 * The heaviest page of each type: it carries the most of what could pull in a script. The search
 * page is left out: opening it is the reader's request for search, so it loads the search code.
 */
const pagesByType = [...Map.groupBy(weights, (weight) => pageType(weight.file))]
	.filter(([type]) => !type.startsWith('search '))
	.map(([type, group]) => {
		const heaviest = group.reduce((a, b) => (b.total > a.total ? b : a));
		return { type, path: urlOf(heaviest.file) };
	});

describe('no JavaScript file before the reader asks for something', () => {
	/** Records every script and font the page requests from now on. */
	function recordScriptsAndFonts(page: Page): string[] {
		const requested: string[] = [];
		page.on('request', (request) => {
			const type = request.resourceType();
			if (type === 'script' || type === 'font' || /\.m?js(\?|$)/.test(request.url()))
				requested.push(`${type} ${request.url()}`);
		});
		return requested;
	}

	/**
	 * Loads `path` as a reader would: waits for the network to go quiet, scrolls to the end (where
	 * anything loaded lazily would start loading) and waits until the browser is idle again.
	 */
	async function readPage(page: Page, path: string) {
		await page.goto(path, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			window.scrollTo(0, document.body.scrollHeight);
			return new Promise((idle) => requestIdleCallback(idle, { timeout: 1000 }));
		});
	}

	it.each(pagesByType)('$type, $path: loads no script file and no font', async ({ path }) => {
		const page = await openPage('about:blank');
		const requested = recordScriptsAndFonts(page);
		await readPage(page, path);
		expect(requested, `${path} loaded these before the reader asked for anything`).toEqual([]);
	});

	it('the recording sees a script the reader asks for: copying code loads its module', async () => {
		const page = await openPage('about:blank');
		const requested = recordScriptsAndFonts(page);
		const appPage = pagesByType.find(({ type }) => type === 'app (en)');
		expect(appPage).toBeDefined();
		await readPage(page, appPage?.path ?? '');
		const moduleRequest = page.waitForRequest((request) => request.url().endsWith('.js'));
		await page.locator('[data-copy-code]').first().click();
		await moduleRequest;
		expect(requested).toEqual([expect.stringMatching(/^script .*\.js$/)]);
	});
});
