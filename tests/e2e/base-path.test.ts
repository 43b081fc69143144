/**
 * A site served under a sub-path (GitHub Pages' `/<repository>/`): a small catalogue built with
 * BASE_PATH, SITE_URL and REPOSITORY_URL has no broken link (the project's link checker), and its
 * sitemap, robots.txt, canonical and preview addresses, export and edit links all honour them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize, readPageHead, readSitemap } from '../support/built-site-files';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site';
import { checkLinks } from '../support/link-checker';

const base = '/built-with-go/';
const site = 'https://example.org';
const repository = 'https://github.com/example/built-with-go';
const root = `${site}${base}`;

/** The pages the header links to, so that the small site is complete. */
const pages = Object.fromEntries(
	['about', 'guides/is-it-go'].flatMap((path) =>
		['en', 'zh'].map((locale) => [
			`content/pages/${path}/${locale}.mdx`,
			`---\ntitle: ${path} ${locale}\ndescription: The ${path} page.\n---\n\nText.\n`,
		]),
	),
);

let build: FixtureBuild;

beforeAll(async () => {
	build = await buildFixtureSite(pages, {
		BASE_PATH: base,
		SITE_URL: site,
		REPOSITORY_URL: repository,
		REPOSITORY_BRANCH: 'main',
	});
	if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.output}`);
}, 240_000);

describe(`a build under ${base}`, () => {
	it('has no broken internal link, fragment or preview address', async () => {
		const report = await checkLinks(build.dist, { base });
		expect(report.problems).toEqual([]);
		expect(report.pages).toBeGreaterThanOrEqual(10);
		expect(report.internalLinks).toBeGreaterThan(100);
	});

	it('lists its pages in the sitemap, under the base, with their alternates', async () => {
		const entries = await readSitemap(build.dist);
		expect(entries.length).toBeGreaterThanOrEqual(10);
		for (const entry of entries) expect(entry.loc.startsWith(root), entry.loc).toBe(true);
		const sample = entries.find((entry) => entry.loc === `${root}apps/sample/`);
		expect(sample?.alternates).toEqual({
			en: `${root}apps/sample/`,
			'zh-CN': `${root}zh/apps/sample/`,
		});
		const robots = await readFile(join(build.dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${root}sitemap-index.xml`);
	});

	it('gives canonical and preview addresses under the base, and a card of the right size', async () => {
		const { meta, canonical, jsonLd } = await readPageHead(
			join(build.dist, 'zh/apps/sample/index.html'),
		);
		expect(canonical).toBe(`${root}zh/apps/sample/`);
		expect(meta.get('og:url')).toBe(canonical);
		expect(meta.get('og:image')).toBe(`${root}og/zh/apps/sample.png`);
		expect(await pngSize(join(build.dist, 'og/zh/apps/sample.png'))).toEqual({
			width: 1200,
			height: 630,
		});
		expect(jsonLd[0]).toMatchObject({
			url: canonical,
			codeRepository: ['https://github.com/example/sample'],
		});
	});

	it('links each content page to its files in the configured repository', async () => {
		const html = await readFile(join(build.dist, 'zh/apps/sample/index.html'), 'utf8');
		expect(html).toContain(`href="${repository}/edit/main/content/apps/sample/zh.mdx"`);
		expect(html).toContain(`href="${repository}/edit/main/content/apps/sample/facts.yaml"`);
		const domain = await readFile(join(build.dist, 'domains/containers/index.html'), 'utf8');
		expect(domain).toContain(`href="${repository}/edit/main/content/domains/containers.yaml"`);
	});

	it('exports the catalogue with addresses under the base', async () => {
		const data = JSON.parse(await readFile(join(build.dist, 'catalogue.json'), 'utf8'));
		expect(data.$schema).toBe(`${root}catalogue.schema.json`);
		expect(data.site).toBe(root);
		expect(data.applications[0].url).toEqual({
			en: `${root}apps/sample/`,
			zh: `${root}zh/apps/sample/`,
		});
	});
});
