/**
 * Indexes the built site with Pagefind when the build is done, into `dist/pagefind/`. Which parts
 * of a page are indexed, with which filters, meta and weights, is set by `data-pagefind-*`
 * attributes in the layouts; Pagefind writes one index per `<html lang>`.
 *
 * Chinese pages are indexed twice: the first pass shows how Pagefind split their text into words,
 * and the second adds, as the meta field `terms`, the words a browser splits out that Pagefind did
 * not (see src/lib/search-words.ts). The dist/ files themselves are not changed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { createIndex, type PagefindIndex, type PagefindServiceConfig } from 'pagefind';
import { wordsMissingFromIndex } from '../lib/search-words';

interface HtmlPage {
	/** The file's path inside dist/, e.g. `zh/apps/docker/index.html`. */
	sourcePath: string;
	html: string;
	lang: string;
}

const config: PagefindServiceConfig = {
	// Diagram labels repeat the prose; code listings would fill the index and the excerpts with
	// `func`, `err` and `nil` and make every result's data larger to download.
	excludeSelectors: ['svg', 'pre', '.code-frame figcaption'],
};

/** Languages whose text Pagefind splits into words with a segmenter (charabia) at index time. */
const segmentedLanguages = new Set(['zh', 'ja', 'th']);

async function readPages(site: string): Promise<HtmlPage[]> {
	const paths = (await readdir(site, { recursive: true }))
		.filter((path) => path.endsWith('.html'))
		.sort();
	return Promise.all(
		paths.map(async (sourcePath) => {
			const html = await readFile(join(site, sourcePath), 'utf8');
			const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
			return { sourcePath, html, lang };
		}),
	);
}

/** The URL Pagefind gives a page: its path with `index.html` dropped. */
const pageUrl = (sourcePath: string) => `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`;

async function newIndex(): Promise<PagefindIndex> {
	const { index, errors } = await createIndex(config);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

async function addPages(
	index: PagefindIndex,
	pages: HtmlPage[],
	html = (page: HtmlPage) => page.html,
) {
	for (const page of pages) {
		const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: html(page) });
		if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
	}
}

/** Each indexed page's content as Pagefind stored it, by URL (fragments are gzipped JSON). */
async function indexedContent(index: PagefindIndex): Promise<Map<string, string>> {
	const { files, errors } = await index.getFiles();
	if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const content = new Map<string, string>();
	for (const file of files.filter((f) => f.path.startsWith('fragment/'))) {
		const data = gunzipSync(file.content).toString('utf8');
		if (!data.startsWith('pagefind_dcd'))
			throw new Error(`Pagefind: unknown format of ${file.path}`);
		const fragment = JSON.parse(data.slice('pagefind_dcd'.length)) as {
			url: string;
			content: string;
		};
		content.set(fragment.url, fragment.content);
	}
	return content;
}

/** The words the browser would split out of each page that Pagefind's index lacks, by URL. */
async function missingWords(pages: HtmlPage[]): Promise<Map<string, string[]>> {
	const index = await newIndex();
	await addPages(index, pages);
	const content = await indexedContent(index);
	await index.deleteIndex();
	return new Map(
		pages.map((page) => {
			const url = pageUrl(page.sourcePath);
			return [url, wordsMissingFromIndex(content.get(url) ?? '', page.lang)];
		}),
	);
}

/**
 * How many word positions go into one index chunk. A query downloads the chunk list (which grows
 * with the number of chunks) and the chunks holding its words (which grow with their size); the
 * sum is smallest when the chunk size grows with the square root of the index. Pagefind reads the
 * setting when its service process starts, that is at the first createIndex of the build.
 */
function setIndexChunkSize(pages: HtmlPage[]): void {
	const languages = new Set(pages.map((page) => page.lang)).size;
	// An application page indexes about a thousand words; the estimate only needs the right scale.
	const wordsPerLanguage = (pages.length / languages) * 1000;
	const chunkSize = Math.max(400, Math.round(2 * Math.sqrt(wordsPerLanguage)));
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunkSize);
}

export function pagefind(): AstroIntegration {
	return {
		name: 'built-with-go:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = await readPages(site);
				setIndexChunkSize(pages);
				const segmented = pages.filter((page) =>
					segmentedLanguages.has(page.lang.split('-')[0] ?? ''),
				);
				const missing =
					segmented.length > 0 ? await missingWords(segmented) : new Map<string, string[]>();

				const index = await newIndex();
				await addPages(index, pages, (page) => {
					const words = missing.get(pageUrl(page.sourcePath)) ?? [];
					if (words.length === 0) return page.html;
					// Han characters only, so nothing needs escaping in the attribute.
					const meta = `<meta data-pagefind-meta="terms[content]" content="${words.join(' ')}">`;
					return page.html.replace('</head>', `${meta}</head>`);
				});
				const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await index.deleteIndex();
				const added = [...missing.values()].reduce((sum, words) => sum + words.length, 0);
				logger.info(`indexed into pagefind/, adding ${added} browser-split words to Chinese pages`);
			},
		},
	};
}
