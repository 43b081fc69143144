/**
 * Checks the links of a built site offline, for any `dist/` folder and base path:
 *
 * - every internal link resolves to a built file, and its `#fragment` to an id on that page
 *   (language switcher, hreflang alternates, heading anchors, contents, related applications);
 * - external links use https, and those that open a new tab carry `rel="noopener"`;
 * - nothing a page loads (script, stylesheet, image, icon, font) comes from another origin.
 *
 * It reports the external links it found instead of visiting them, so it needs no network.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { builtPages } from './built-pages';

export interface CheckLinksOptions {
	/** The base path the site was built with, e.g. `/built-with-go/`. Default `/`. */
	base?: string;
	/**
	 * The site's own address, so that absolute links to it (canonical, hreflang) count as internal.
	 * Default: the origin of the home page's canonical link.
	 */
	site?: string;
}

export interface LinkProblem {
	/** The page's address under the base path. */
	page: string;
	/** The link as written in the page. */
	link: string;
	problem: string;
}

export interface LinkReport {
	pages: number;
	/** Internal links checked, fragments included. */
	internalLinks: number;
	/** Every distinct external https link, sorted. */
	externalLinks: string[];
	problems: LinkProblem[];
}

/** Follow a link (navigation) or load it into the page (resource). */
type LinkKind = 'navigation' | 'resource';

interface FoundLink {
	url: string;
	kind: LinkKind;
	opensNewTab: boolean;
	rel: string[];
}

interface ParsedPage {
	path: string;
	ids: Set<string>;
	links: FoundLink[];
}

/** `<link rel>` values that load something into the page rather than point somewhere. */
const resourceRels = new Set([
	'stylesheet',
	'icon',
	'apple-touch-icon',
	'mask-icon',
	'manifest',
	'preload',
	'modulepreload',
	'prefetch',
]);

/** Attributes that make the browser fetch a file into the page. */
const resourceAttributes = ['src', 'poster', 'data'] as const;

/** Meta tags whose content is an address other sites fetch (link previews). */
const addressMeta = new Set(['og:url', 'og:image', 'twitter:image']);

export async function checkLinks(
	distDir: string,
	options: CheckLinksOptions = {},
): Promise<LinkReport> {
	const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const pages = await Promise.all(
		(await builtPages(distDir)).map(async (page) => ({
			path: page.path,
			tree: fromHtml(await readFile(page.file, 'utf8')),
		})),
	);
	const site = new URL(options.site ?? siteOf(pages.find((page) => page.path === '')?.tree));
	const parsed = new Map<string, ParsedPage>(
		pages.map(({ path, tree }) => [path, parsePage(path, tree)]),
	);

	const problems: LinkProblem[] = [];
	const external = new Set<string>();
	let internalLinks = 0;
	for (const page of parsed.values()) {
		const pageUrl = new URL(`${base}${page.path}`, site);
		for (const link of page.links) {
			const report = (problem: string) =>
				problems.push({ page: page.path, link: link.url, problem });
			const target = resolve(link.url, pageUrl);
			if (typeof target === 'string') {
				report(target);
			} else if (target === undefined) {
				continue;
			} else if (target.origin === site.origin) {
				internalLinks += 1;
				const problem = findInternalProblem(target, { distDir, base, parsed });
				if (problem) report(problem);
			} else if (link.kind === 'resource') {
				report(`loads from another origin (${target.origin}): serve the file from this site`);
			} else if (target.protocol !== 'https:') {
				report('is not https: link to the https:// address');
			} else {
				external.add(target.href);
				if (link.opensNewTab && !link.rel.includes('noopener'))
					report('opens a new tab without rel="noopener": add it');
			}
		}
	}
	return {
		pages: parsed.size,
		internalLinks,
		externalLinks: [...external].sort(),
		problems,
	};
}

/** The site's origin as the home page's canonical link names it. */
function siteOf(home: Root | undefined): string {
	let canonical: string | undefined;
	if (home)
		visit(home, 'element', (element) => {
			if (element.tagName === 'link' && relOf(element).includes('canonical'))
				canonical ??= stringProperty(element, 'href');
		});
	if (!canonical) throw new Error('checkLinks: the home page has no canonical link; pass `site`');
	return new URL(canonical).origin;
}

function parsePage(path: string, tree: Root): ParsedPage {
	const ids = new Set<string>();
	const links: FoundLink[] = [];
	const add = (url: string | undefined, kind: LinkKind, element?: Element) => {
		if (url === undefined) return;
		links.push({
			url,
			kind,
			opensNewTab: element ? stringProperty(element, 'target') === '_blank' : false,
			rel: element ? relOf(element) : [],
		});
	};
	const visitElements = (root: Root) =>
		visit(root, 'element', (element) => {
			const id = stringProperty(element, 'id');
			if (id) ids.add(id);
			if (element.tagName === 'a' && stringProperty(element, 'name'))
				ids.add(stringProperty(element, 'name') ?? '');
			for (const [url, kind] of linksOf(element)) add(url, kind, element);
			// <template> keeps its markup apart, in `content`: the search dialog lives there.
			if (element.tagName === 'template' && element.content) visitElements(element.content);
		});
	visitElements(tree);
	return { path, ids, links };
}

function linksOf(element: Element): [string | undefined, LinkKind][] {
	const { tagName } = element;
	if (tagName === 'a' || tagName === 'area')
		return [[stringProperty(element, 'href'), 'navigation']];
	if (tagName === 'form') return [[stringProperty(element, 'action'), 'navigation']];
	if (tagName === 'link') {
		const kind = relOf(element).some((rel) => resourceRels.has(rel)) ? 'resource' : 'navigation';
		return [[stringProperty(element, 'href'), kind]];
	}
	if (tagName === 'meta') {
		const name = stringProperty(element, 'property') ?? stringProperty(element, 'name') ?? '';
		return addressMeta.has(name) ? [[stringProperty(element, 'content'), 'navigation']] : [];
	}
	if (tagName === 'style') return cssUrls(toText(element)).map(asResource);
	const found: [string | undefined, LinkKind][] = resourceAttributes.map((name) => [
		stringProperty(element, name),
		'resource',
	]);
	for (const candidate of (stringProperty(element, 'srcSet') ?? '').split(','))
		found.push([candidate.trim().split(/\s+/)[0] || undefined, 'resource']);
	found.push(...cssUrls(stringProperty(element, 'style') ?? '').map(asResource));
	// The layout lists the on-demand modules (search, copy) on <html data-modules>.
	const modules = stringProperty(element, 'dataModules');
	if (modules)
		for (const url of Object.values(JSON.parse(modules) as Record<string, string>))
			found.push([url, 'resource']);
	return found;
}

const asResource = (url: string): [string, LinkKind] => [url, 'resource'];

function cssUrls(css: string): string[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
		(match) => match[2] ?? match[4] ?? '',
	);
}

/** A URL to check, `undefined` for links there is nothing to check of, or the problem. */
function resolve(raw: string, pageUrl: URL): URL | string | undefined {
	const link = raw.trim();
	if (link === '') return 'is empty: give the address';
	if (/^javascript:/i.test(link)) return 'runs script: use a button';
	if (/^(mailto|tel|data):/i.test(link)) return undefined;
	try {
		return new URL(link, pageUrl);
	} catch {
		return 'is not a valid address';
	}
}

function findInternalProblem(
	target: URL,
	site: { distDir: string; base: string; parsed: Map<string, ParsedPage> },
): string | undefined {
	const pathname = decodeURIComponent(target.pathname);
	if (!pathname.startsWith(site.base))
		return `is outside the base path ${site.base}: build the link with withBase() or localizedPath()`;
	const path = pathname.slice(site.base.length);
	const page = site.parsed.get(path);
	if (!page) {
		if (site.parsed.has(`${path}/`)) return `lacks the trailing slash: link to ${pathname}/`;
		if (!existsSync(join(site.distDir, path)) || path === '' || path.endsWith('/'))
			return `leads to ${pathname}, which the build did not produce`;
		return target.hash ? 'has a #fragment, but leads to a file that is not a page' : undefined;
	}
	const fragment = decodeURIComponent(target.hash.slice(1));
	if (fragment && !page.ids.has(fragment))
		return `points at #${fragment}, which is not an id on ${pathname}`;
	return undefined;
}

function stringProperty(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

function relOf(element: Element): string[] {
	return (stringProperty(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
