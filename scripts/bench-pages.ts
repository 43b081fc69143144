/**
 * `npm run bench:pages`: Lighthouse in its default mobile mode (a mid-range phone on a slow 4G
 * connection, simulated) on the built site in dist/: the home page, an application page and a
 * domain page in both languages. Prints the four category scores and the main metrics of the
 * median of several runs per page (3, or `npm run bench:pages -- 5`): scores move a little from
 * run to run with the machine's load. Run `npm run build` first. Goal: 100 in every category.
 *
 * Chromium is the machine's (CHROME_PATH, else CHROMIUM_PATH or /usr/bin/chromium), started by
 * chrome-launcher with the project's flags. The site is served on localhost, the host of its
 * canonical URLs in a default build, so that Lighthouse judges them as on the real domain; it is
 * served uncompressed, so the byte figures are larger than a compressing host's.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { textTable } from '../tests/support/text-table.ts';

const pages = [
	'/',
	'/apps/docker/',
	'/domains/containers/',
	'/zh/',
	'/zh/apps/docker/',
	'/zh/domains/containers/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's metric audits, with the unit they are printed in. */
const metrics = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['cumulative-layout-shift', 'CLS'],
	['speed-index', 'SI'],
] as const;

const runs = Number(process.argv[2] ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
	throw new Error(
		'bench: the argument is the number of runs per page, e.g. npm run bench:pages -- 5',
	);
}
if (!existsSync('dist/index.html')) {
	throw new Error('bench: dist/ has no built site; run `npm run build` first.');
}

/** The run with the median performance score. */
function medianRun(results: Result[]): Result {
	const score = (result: Result) => result.categories['performance']?.score ?? 0;
	const sorted = [...results].sort((a, b) => score(a) - score(b));
	const median = sorted[Math.floor(sorted.length / 2)];
	if (!median) throw new Error('bench: no Lighthouse run to report');
	return median;
}

const server = await serveStatic('dist');
const origin = server.origin.replace('127.0.0.1', 'localhost');
const chrome = await launch({
	chromePath: process.env['CHROME_PATH'] ?? chromiumPath(),
	chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows: (string | number)[][] = [];
const belowFull: string[] = [];
try {
	for (const path of pages) {
		const results: Result[] = [];
		for (let run = 0; run < runs; run++) {
			const result = await lighthouse(`${origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: categories,
			});
			if (!result) throw new Error(`bench: Lighthouse returned nothing for ${path}`);
			if (result.lhr.runtimeError) {
				throw new Error(`bench: ${path}: ${result.lhr.runtimeError.message}`);
			}
			results.push(result.lhr);
		}
		const lhr = medianRun(results);
		const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
		for (const id of categories) {
			for (const audit of lhr.categories[id]?.auditRefs ?? []) {
				const { score, title } = lhr.audits[audit.id] ?? {};
				if (audit.weight > 0 && score !== null && score !== undefined && score < 1)
					belowFull.push(`${path} ${id}: ${title} (${Math.round(score * 100)})`);
			}
		}
		rows.push([
			path,
			...scores,
			...metrics.map(([id]) => lhr.audits[id]?.displayValue ?? '?'),
			`${Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024)} KB`,
		]);
	}
} finally {
	chrome.kill();
	await server.close();
}

console.log(
	textTable(
		[
			'page',
			'performance',
			'accessibility',
			'best practices',
			'SEO',
			...metrics.map(([, label]) => label),
			'bytes (uncompressed)',
		],
		rows,
	),
);
console.log(
	belowFull.length === 0
		? '\nEvery scored audit passed.'
		: `\nScored audits below 100:\n${belowFull.join('\n')}`,
);
