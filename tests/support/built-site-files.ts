/**
 * Reading what a build wrote, without a browser: the head metadata of a page, the sitemap's
 * entries, the size of a PNG. Shared by the tests of the main build and of fixture builds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

export interface PageHead {
	/** `<meta property|name>` → content. */
	meta: Map<string, string>;
	canonical: string | undefined;
	/** The parsed JSON of each `<script type="application/ld+json">`. */
	jsonLd: unknown[];
	tree: Root;
}

export async function readPageHead(file: string): Promise<PageHead> {
	const tree = fromHtml(await readFile(file, 'utf8'));
	const meta = new Map<string, string>();
	let canonical: string | undefined;
	const jsonLd: unknown[] = [];
	visit(tree, 'element', (element: Element) => {
		const { properties } = element;
		if (element.tagName === 'meta') {
			const key = String(properties['property'] ?? properties['name'] ?? '');
			if (key) meta.set(key, String(properties['content'] ?? ''));
		}
		if (element.tagName === 'link' && String(properties['rel']) === 'canonical')
			canonical = String(properties['href']);
		if (element.tagName === 'script' && properties['type'] === 'application/ld+json')
			jsonLd.push(JSON.parse(toText(element)));
	});
	return { meta, canonical, jsonLd, tree };
}

export interface SitemapEntry {
	loc: string;
	/** hreflang → address. */
	alternates: Record<string, string>;
}

/** The entries of every sitemap the index of `distDir` lists. */
export async function readSitemap(distDir: string): Promise<SitemapEntry[]> {
	const index = await readFile(join(distDir, 'sitemap-index.xml'), 'utf8');
	const entries: SitemapEntry[] = [];
	for (const [, address] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const file = join(distDir, new URL(address ?? '').pathname.split('/').pop() ?? '');
		const xml = await readFile(file, 'utf8');
		for (const [, body = ''] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
			const alternates: Record<string, string> = {};
			for (const [, lang = '', href = ''] of body.matchAll(
				/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g,
			))
				alternates[lang] = href;
			entries.push({ loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '', alternates });
		}
	}
	return entries;
}

/** Width and height of a PNG file, from its header; throws for anything that is not a PNG. */
export async function pngSize(file: string): Promise<{ width: number; height: number }> {
	const bytes = await readFile(file);
	if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
