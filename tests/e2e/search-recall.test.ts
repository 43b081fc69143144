/**
 * Search recall, per language: each query of recall-queries.ts is typed into the search dialog of
 * the built site, and its expected applications must be among the first three results for at
 * least 95% of them. A second test proves the guard against Pagefind issue #1237 word by word.
 */
import { describe, expect, it } from 'vitest';
import { recallQueries } from './recall-queries';
import { appSlug, openSearchDialog, recordCspViolations, searchFor } from './search-dialog';
import { openPage } from './site';

const homes = { en: '/', zh: '/zh/' } as const;

describe('search recall', () => {
	it.each(['en', 'zh'] as const)(
		'finds the expected applications in the top 3 (%s)',
		async (language) => {
			const page = await openPage(homes[language]);
			const violations = recordCspViolations(page);
			await openSearchDialog(page);
			let found = 0;
			let expected = 0;
			const misses: string[] = [];
			for (const { query, expected: slugs } of recallQueries[language]) {
				const top3 = (await searchFor(page, query)).slice(0, 3).map(appSlug);
				for (const slug of slugs) {
					expected += 1;
					if (top3.includes(slug)) found += 1;
					else misses.push(`${query} → ${slug} (top 3: ${top3.join(', ')})`);
				}
			}
			const recall = found / expected;
			console.log(
				`search recall ${language}: ${found}/${expected} = ${(recall * 100).toFixed(1)}% over ${recallQueries[language].length} queries${misses.length > 0 ? `; missed: ${misses.join('; ')}` : ''}`,
			);
			expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
			expect(violations).toEqual([]);
		},
	);

	it('finds a Chinese page by every word where the browser and the indexer split its text differently', async () => {
		const page = await openPage('/zh/');
		// A string, so that Vite leaves the browser's import() alone.
		await page.evaluate(`import('/pagefind/pagefind.js').then((m) => (window.pagefind = m))`);
		const result = await page.evaluate(async () => {
			const { pagefind } = window as unknown as {
				pagefind: {
					search(term: string | null): Promise<{
						results: { id: string; data(): Promise<{ url: string; raw_content: string }> }[];
					}>;
				};
			};
			const pages = await Promise.all(
				(await pagefind.search(null)).results.map(async (r) => ({ id: r.id, ...(await r.data()) })),
			);
			// Pagefind keeps a page's text (raw_content) with its words separated by spaces and,
			// inside Chinese, by zero-width spaces: the words it indexed. The browser's words come
			// from Intl.Segmenter, as Pagefind splits a query.
			const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
			let checked = 0;
			const missed: string[] = [];
			for (const { id, url, raw_content: content } of pages) {
				const indexed = new Set(content.split(/[\s\u200b]+/u));
				for (const { segment, isWordLike } of segmenter.segment(content.replaceAll('\u200b', ''))) {
					if (!isWordLike || !/^\p{Script=Han}+$/u.test(segment) || indexed.has(segment)) continue;
					// Checked once per page.
					indexed.add(segment);
					checked += 1;
					const found = await pagefind.search(segment);
					if (!found.results.some((r) => r.id === id)) missed.push(`${url} ${segment}`);
				}
			}
			return { checked, missed };
		});
		console.log(
			`search: ${result.checked} words split differently by the browser and the indexer, ${result.missed.length} not found`,
		);
		expect(result.checked).toBeGreaterThan(50);
		expect(result.missed).toEqual([]);
	});
});
