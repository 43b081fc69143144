/**
 * What a reader downloads for a first search: loads Pagefind in Chromium on the home page of a
 * built site (cold cache), runs one query and loads the first results' excerpts, and adds up
 * every response. Each is counted as a host that compresses would send it: gzipped when that is
 * smaller (Pagefind's index files are gzipped already).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/support/chromium.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** Results a search shows first, whose excerpts are fetched before anything is on screen. */
const shownResults = 5;

async function transferredBytes(response: Response): Promise<number> {
	const body = await response.body();
	return Math.min(body.length, gzipSync(body).length);
}

/** Bytes fetched for each query, each in a fresh browser context, from the site in `dist`. */
export async function firstQueryBytes(
	dist: string,
	queries: readonly string[],
): Promise<Map<string, number>> {
	const server = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const bytes = new Map<string, number>();
	try {
		for (const query of queries) {
			const context = await browser.newContext({ baseURL: server.origin });
			const page = await context.newPage();
			await page.goto('/');
			const counted: Promise<number>[] = [];
			page.on('response', (response) => counted.push(transferredBytes(response)));
			const results = await page.evaluate(
				async ({ query, shownResults }) => {
					const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
					const search = await pagefind.search(query);
					const shown = search.results.slice(0, shownResults);
					await Promise.all(shown.map((result: { data(): Promise<unknown> }) => result.data()));
					return search.results.length as number;
				},
				{ query, shownResults },
			);
			if (results === 0) throw new Error(`bench: the query "${query}" found nothing`);
			bytes.set(
				query,
				(await Promise.all(counted)).reduce((sum, size) => sum + size, 0),
			);
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return bytes;
}
