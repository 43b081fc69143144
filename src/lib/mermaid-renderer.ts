/**
 * Renders Mermaid diagrams to inline SVG at build time, in headless Chromium (Mermaid measures
 * text with the browser's layout engine, so it cannot run in Node alone).
 *
 * The SVG is made themeable and small: Mermaid's per-diagram <style> and colour attributes go, and
 * `src/styles/diagrams.css` colours every diagram from the site's tokens, so a diagram follows the
 * light/dark toggle without a reload. Output is deterministic and cached on disk by content.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Mermaid } from 'mermaid';
import { chromium, type Page } from 'playwright-core';
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';
import { chromiumArgs, findChromium } from './chromium';
import { mermaidConfig } from './mermaid-config';

/** Bump whenever the post-processing changes: it is part of the cache key. */
const rendererVersion = 1;

const require = createRequire(import.meta.url);
const mermaidBundlePath = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion = (
	JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }
).version;

const syntaxHint = 'Check the Mermaid syntax; every diagram also needs an accTitle: line.';

/** Where a diagram comes from, for error messages. */
export interface DiagramOrigin {
	file: string;
	/** 1-based position of the diagram in its file. */
	number: number;
	/** Line of the diagram's code fence in the file. */
	line?: number | undefined;
}

const stats = { rendered: 0, cached: 0 };

/** How many diagrams this process drew in Chromium and how many it took from the disk cache. */
export function getDiagramStats(): { rendered: number; cached: number } {
	return { ...stats };
}

/** Whether a Chromium executable was found; without one, diagrams are drawn in the browser. */
export function isBuildTimeRenderingAvailable(): boolean {
	return findChromium() !== undefined;
}

let mermaidPage: Promise<Page> | undefined;

async function openMermaidPage(): Promise<Page> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('diagrams: Chromium was not found (set CHROMIUM_PATH)');
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const page = await browser.newPage();
		// about:blank plus the bundle from node_modules: no network is involved.
		await page.addScriptTag({ path: mermaidBundlePath });
		await page.evaluate((config) => {
			(globalThis as unknown as { mermaid: Mermaid }).mermaid.initialize(config);
		}, mermaidConfig);
		return page;
	} catch (error) {
		await browser.close();
		throw error;
	}
}

/** Closes the browser, if one was started. A later render starts a new one. */
export async function closeMermaidRenderer(): Promise<void> {
	const opening = mermaidPage;
	mermaidPage = undefined;
	// A launch that failed has nothing to close, and its error was reported by the render.
	const page = await opening?.catch(() => undefined);
	await page?.context().browser()?.close();
}

// One page renders one diagram at a time: Mermaid keeps global state, and the machines have 2 cores.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
	const run = queue.then(task, task);
	queue = run.catch(() => undefined);
	return run;
}

type BrowserRenderResult = { svg: string } | { error: string };

async function renderInBrowser(id: string, source: string): Promise<BrowserRenderResult> {
	mermaidPage ??= openMermaidPage();
	return (await mermaidPage).evaluate(
		async ({ id, source }) => {
			const { mermaid } = globalThis as unknown as { mermaid: Mermaid };
			try {
				const { svg } = await mermaid.render(id, source);
				// Mermaid serialises as HTML; re-serialise as XML for the optimiser's parser.
				const container = document.createElement('div');
				container.innerHTML = svg;
				return {
					svg: new XMLSerializer().serializeToString(container.firstElementChild as Element),
				};
			} catch (error) {
				return { error: error instanceof Error ? error.message : String(error) };
			} finally {
				// A failed render leaves its scratch elements behind.
				document.body.replaceChildren();
			}
		},
		{ id, source },
	);
}

function describeOrigin(origin: DiagramOrigin): string {
	const line = origin.line === undefined ? '' : ` (line ${origin.line})`;
	return `Mermaid diagram ${origin.number}${line} in ${origin.file}`;
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

function cacheDirectory(): string {
	return (
		process.env['DIAGRAM_CACHE_DIR'] ??
		join(process.cwd(), 'node_modules/.cache/built-with-go/diagrams')
	);
}

/**
 * Renders one diagram to a themeable, accessible SVG string. Rejects, naming `origin`, when the
 * source has no `accTitle:` or Mermaid cannot parse it.
 */
export async function renderMermaid(source: string, origin: DiagramOrigin): Promise<string> {
	if (!/^\s*accTitle\s*:\s*\S/m.test(source)) {
		throw new Error(
			`${describeOrigin(origin)} has no accTitle: line, which gives the diagram its accessible name.\n${syntaxHint}`,
		);
	}
	const key = sha256(`mermaid ${mermaidVersion}\nrenderer ${rendererVersion}\n${source}`);
	const cachePath = join(cacheDirectory(), `${key}.svg`);
	try {
		const svg = await readFile(cachePath, 'utf8');
		stats.cached += 1;
		return svg;
	} catch {
		// Not cached yet.
	}
	const svg = await renderFresh(source, origin);
	await mkdir(cacheDirectory(), { recursive: true });
	// Write then rename, so a parallel build never reads half a file.
	const partial = `${cachePath}.${process.pid}.tmp`;
	await writeFile(partial, svg);
	await rename(partial, cachePath);
	return svg;
}

async function renderFresh(source: string, origin: DiagramOrigin): Promise<string> {
	// The id only depends on the source, so the same diagram gets the same markup on every build.
	const id = `diagram-${sha256(source).slice(0, 10)}`;
	const rendered = await serialised(() => renderInBrowser(id, source));
	if ('error' in rendered) {
		throw new Error(
			`${describeOrigin(origin)} could not be rendered: ${rendered.error}\n${syntaxHint}`,
		);
	}
	stats.rendered += 1;
	return makeThemeable(rendered.svg, id, source);
}

// ---------------------------------------------------------------------------------------------
// Post-processing: an SVGO plugin that removes the theme, then SVGO's safe minifications.

/** Inline style properties that carry layout rather than colour; they become attributes. */
const layoutStyleProperties = new Set([
	'text-anchor',
	'dominant-baseline',
	'font-size',
	'font-weight',
	'font-style',
]);
/** Attributes Mermaid writes that are invalid in HTML's SVG or only serve its own scripts. */
const droppedAttributes = new Set(['name', 'aria-roledescription']);

function walk(parent: XastParent, visit: (element: XastElement, parent: XastParent) => void): void {
	for (const child of [...parent.children]) {
		if (child.type !== 'element') continue;
		visit(child, parent);
		walk(child, visit);
	}
}

function remove(element: XastElement, parent: XastParent): void {
	parent.children = parent.children.filter((child) => child !== element);
}

function hasText(element: XastElement): boolean {
	return element.children.some((child) =>
		child.type === 'text' ? child.value.trim() !== '' : child.type === 'element' && hasText(child),
	);
}

/** Mermaid leaves placeholders for labels that do not exist: texts without text, rects without size. */
function isEmptyPlaceholder(element: XastElement): boolean {
	if (element.name === 'text') return !hasText(element);
	return element.name === 'rect' && (!element.attributes['width'] || !element.attributes['height']);
}

/** Ids something points at: url(#…), href="#…", and the aria-labelledby/-describedby lists. */
function referencedIds(root: XastParent): Set<string> {
	const ids = new Set<string>();
	walk(root, (element) => {
		for (const [name, value] of Object.entries(element.attributes)) {
			for (const match of value.matchAll(/url\(#([^)]+)\)/g)) if (match[1]) ids.add(match[1]);
			if (name === 'href' || name === 'xlink:href') ids.add(value.replace(/^#/, ''));
			if (name === 'aria-labelledby' || name === 'aria-describedby')
				for (const id of value.split(/\s+/)) ids.add(id);
		}
	});
	return ids;
}

function keepLayoutStyle(element: XastElement): void {
	const style = element.attributes['style'];
	delete element.attributes['style'];
	for (const declaration of style?.split(';') ?? []) {
		const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
		if (layoutStyleProperties.has(property) && value) element.attributes[property] = value;
	}
}

function stripTheme(element: XastElement): void {
	keepLayoutStyle(element);
	for (const name of Object.keys(element.attributes)) {
		const value = element.attributes[name];
		const isColour = (name === 'fill' || name === 'stroke') && value !== 'none';
		if (isColour || name.startsWith('data-') || droppedAttributes.has(name))
			delete element.attributes[name];
	}
	const classes = element.attributes['class'];
	// Mermaid repeats classes ("edge-pattern-solid … edge-pattern-solid").
	if (classes)
		element.attributes['class'] = [...new Set(classes.split(/\s+/).filter(Boolean))].join(' ');
}

/** Mermaid leaves <title>/<desc> out for some diagram types (timeline): add them from the source. */
function ensureAccessibleName(svg: XastElement, id: string, source: string): void {
	const hasTitle = svg.children.some((child) => child.type === 'element' && child.name === 'title');
	if (hasTitle) return;
	const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? '';
	const description = (/^\s*accDescr\s*:\s*(.+)$/m.exec(source) ??
		/^\s*accDescr\s*\{([^}]*)\}/m.exec(source))?.[1]?.trim();
	const text = (name: string, value: string): XastElement => ({
		type: 'element',
		name,
		attributes: { id: `${id}-${name}` },
		children: [{ type: 'text', value }],
	});
	svg.children.unshift(text('title', title), ...(description ? [text('desc', description)] : []));
	svg.attributes['aria-labelledby'] = `${id}-title`;
	if (description) svg.attributes['aria-describedby'] = `${id}-desc`;
}

function themeablePlugin(id: string, source: string): CustomPlugin {
	return {
		name: 'themeableMermaid',
		fn: (root) => {
			const svg = root.children.find(
				(child): child is XastElement => child.type === 'element' && child.name === 'svg',
			);
			if (!svg) throw new Error('diagrams: Mermaid returned no <svg>');
			const viewBoxWidth = Number(svg.attributes['viewBox']?.split(/\s+/)[2]);
			ensureAccessibleName(svg, id, source);
			walk(root, (element, parent) => {
				if (element.name === 'style' || isEmptyPlaceholder(element)) remove(element, parent);
				else stripTheme(element);
			});
			const used = referencedIds(root);
			walk(root, (element, parent) => {
				const elementId = element.attributes['id'];
				if (elementId === undefined || used.has(elementId)) return;
				// Unused markers and symbols are dead weight (a flowchart defines 12 arrowheads);
				// other unused ids go too: Mermaid numbers some across diagrams (actor0…), which
				// would repeat ids on a page and make output depend on render order.
				if (element.name === 'marker' || element.name === 'symbol') remove(element, parent);
				else delete element.attributes['id'];
			});
			svg.attributes['role'] = 'img';
			delete svg.attributes['width'];
			delete svg.attributes['height'];
			// Scales down with its container, never up past its natural width.
			if (Number.isFinite(viewBoxWidth))
				svg.attributes['style'] = `max-width:${Math.ceil(viewBoxWidth)}px`;
			return null;
		},
	};
}

function makeThemeable(rawSvg: string, id: string, source: string): string {
	return optimize(rawSvg, {
		floatPrecision: 2,
		plugins: [
			themeablePlugin(id, source),
			'removeComments',
			'cleanupAttrs',
			'removeUselessDefs',
			'cleanupNumericValues',
			'cleanupListOfValues',
			{ name: 'removeUnknownsAndDefaults', params: { keepRoleAttr: true, keepAriaAttrs: true } },
			'removeEmptyText',
			'convertPathData',
			'convertTransform',
			'removeEmptyAttrs',
			'removeEmptyContainers',
		],
	}).data;
}
