// `npm run bench:search`: measures search on the built site (run `npm run build` first) in
// Chromium, for every query of the recall suite (tests/e2e/recall-queries.ts):
//
// - cold: in a fresh browser context, the bytes fetched from opening the dialog to the first
//   results shown: search UI, Pagefind's code and WebAssembly, index chunks and result data. The
//   local server does not compress, so each response counts as its gzip size (or its own size when
//   it is already compressed, as Pagefind's WebAssembly and index files are);
// - warm: with everything loaded, the time from the last keystroke of the query to its results in
//   the page, median over the queries.
//
// Targets (issue 4): at most 100 KB gzipped to the first results, under 50 ms once warm.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { recallQueries } from '../tests/e2e/recall-queries.ts';
// findChromium rather than tests/support/chromium.ts's chromiumPath: a missing Chromium is
// reported below like a missing build, as a message and an exit code.
import { chromiumArgs, findChromium } from '../src/lib/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const languages = { en: '/', zh: '/zh/' } as const;
const targetBytes = 100 * 1024;
const targetMs = 50;

/** What a response of search is, for the breakdown of the bytes; undefined for the page's own. */
function kind(url: string): string | undefined {
	if (url.includes('/_astro/search-dialog')) return 'ui';
	if (!url.includes('/pagefind/')) return undefined;
	if (url.endsWith('/pagefind.js')) return 'pagefind.js';
	if (url.includes('/wasm.')) return 'wasm';
	if (url.includes('/fragment/')) return 'results';
	return 'index';
}

const transferSize = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

/** Waits until the dialog shows the results of `query`. */
const resultsShown = (page: Page, query: string) =>
	page.waitForFunction(
		(query) =>
			document.querySelector<HTMLElement>('dialog [data-search-results]')?.dataset['query'] ===
			query,
		query,
	);

async function coldBytes(browser: Browser, origin: string, home: string, query: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(origin + home);
	const sizes: Promise<[string, number]>[] = [];
	page.on('response', (response) => {
		const name = kind(response.url());
		if (name) sizes.push(response.body().then((body) => [name, transferSize(body)]));
	});
	await page.keyboard.press('/');
	await page.locator('dialog [data-search-input]').fill(query);
	await resultsShown(page, query);
	const byKind: Record<string, number> = {};
	for (const [name, size] of await Promise.all(sizes)) byKind[name] = (byKind[name] ?? 0) + size;
	await context.close();
	return byKind;
}

/** Milliseconds from the last input event of typing `query` to its results in the dialog. */
async function warmMs(page: Page, query: string): Promise<number> {
	await page.locator('dialog [data-search-input]').fill('');
	await resultsShown(page, '');
	const measured = page.evaluate(
		(query) =>
			new Promise<number>((resolve) => {
				let lastInput = 0;
				const onInput = () => (lastInput = performance.now());
				document.addEventListener('input', onInput, true);
				const list = document.querySelector<HTMLElement>('dialog [data-search-results]')!;
				const observer = new MutationObserver(() => {
					if (list.dataset['query'] !== query) return;
					observer.disconnect();
					document.removeEventListener('input', onInput, true);
					resolve(performance.now() - lastInput);
				});
				observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
			}),
		query,
	);
	await page.locator('dialog [data-search-input]').pressSequentially(query);
	return measured;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const executablePath = findChromium();
if (!existsSync('dist/pagefind/pagefind.js') || !executablePath) {
	console.error(
		executablePath
			? 'dist/ has no built site with a search index: run `npm run build` first.'
			: 'Chromium was not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
	);
	process.exit(1);
}
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
let metTargets = true;
try {
	for (const [language, home] of Object.entries(languages) as [keyof typeof languages, string][]) {
		const queries = recallQueries[language].map(({ query }) => query);
		console.log(`\n${language}: bytes to the first results, cold (gzip)`);
		const totals: number[] = [];
		for (const query of queries) {
			const byKind = await coldBytes(browser, server.origin, home, query);
			const total = Object.values(byKind).reduce((sum, size) => sum + size, 0);
			totals.push(total);
			const parts = Object.entries(byKind).map(([name, size]) => `${name} ${kb(size)}`);
			console.log(`  ${query.padEnd(32)} ${kb(total).padStart(9)}  (${parts.join(', ')})`);
		}

		const page = await browser.newPage();
		await page.goto(server.origin + home);
		await page.keyboard.press('/');
		for (const query of queries) await warmMs(page, query);
		const times: number[] = [];
		for (const query of queries) times.push(await warmMs(page, query));
		await page.close();

		const worst = Math.max(...totals);
		console.log(
			`${language}: cold bytes median ${kb(median(totals))}, max ${kb(worst)} (target ≤ ${kb(targetBytes)}); ` +
				`warm keystroke to results median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (target < ${targetMs} ms)`,
		);
		metTargets &&= worst <= targetBytes && median(times) < targetMs;
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(metTargets ? '\nsearch: every target met' : '\nsearch: a target was missed');
