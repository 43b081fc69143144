/**
 * How the built site fits the web: the sitemap with both languages, robots.txt, link previews
 * (OpenGraph and Twitter card, with an image of the right size) on every page, JSON-LD on the
 * application pages, /catalogue.json valid against its JSON Schema, the overview pictures and the
 * "Last updated" date from git history.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/built-pages';
import { pngSize, readPageHead, readSitemap } from '../support/built-site-files';
import { openPage } from './site';

const dist = 'dist';
let pages: BuiltPage[];
let site: URL;
let slugs: string[];

beforeAll(async () => {
	pages = (await builtPages(dist)).filter((page) => page.path !== '404.html');
	const home = await readPageHead(join(dist, 'index.html'));
	site = new URL(home.canonical ?? '');
	slugs = (await readdir('content/apps')).sort();
});

/** The file a site address refers to in dist/ (the site is built at the root here). */
function fileOf(address: string): string {
	const { pathname } = new URL(address);
	return join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

describe('sitemap and robots.txt', () => {
	it('lists every page once, each with its English and Chinese versions as alternates', async () => {
		const entries = await readSitemap(dist);
		const listed = entries.map((entry) => new URL(entry.loc).pathname).sort();
		expect(listed).toEqual(pages.map((page) => `/${page.path}`).sort());
		for (const slug of slugs) {
			const entry = entries.find((candidate) => candidate.loc.endsWith(`/zh/apps/${slug}/`));
			expect(entry?.alternates).toEqual({
				en: new URL(`/apps/${slug}/`, site).href,
				'zh-CN': new URL(`/zh/apps/${slug}/`, site).href,
			});
		}
	});

	it('robots.txt allows crawling and names the sitemap at the site address', async () => {
		const robots = await readFile(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
		const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
		expect(sitemap).toBe(new URL('/sitemap-index.xml', site).href);
		expect(existsSync(fileOf(sitemap))).toBe(true);
	});
});

describe('link previews', () => {
	it('every page has OpenGraph and Twitter card metadata with a 1200 × 630 image that exists', async () => {
		const checkedImages = new Map<string, { width: number; height: number }>();
		for (const page of pages) {
			const { meta, canonical } = await readPageHead(page.file);
			const where = `${page.path || '/'}`;
			for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title'])
				expect(meta.get(key), `${key} of ${where}`).toBeTruthy();
			expect(meta.get('og:url'), where).toBe(canonical);
			expect(meta.get('twitter:card'), where).toBe('summary_large_image');
			const image = meta.get('og:image') ?? '';
			expect(meta.get('twitter:image'), where).toBe(image);
			if (!checkedImages.has(image)) checkedImages.set(image, await pngSize(fileOf(image)));
			expect(checkedImages.get(image), `${image} of ${where}`).toEqual({
				width: 1200,
				height: 630,
			});
			expect(meta.get('og:image:width')).toBe('1200');
			expect(meta.get('og:image:height')).toBe('630');
		}
	});

	it('an application page shows its own card in its language', async () => {
		for (const [prefix, locale] of [
			['', 'en'],
			['zh/', 'zh'],
		]) {
			const { meta } = await readPageHead(join(dist, `${prefix}apps/docker/index.html`));
			expect(meta.get('og:image')).toBe(new URL(`/og/${locale}/apps/docker.png`, site).href);
			expect(meta.get('og:type')).toBe('article');
			expect(meta.get('og:locale')).toBe(locale === 'en' ? 'en_US' : 'zh_CN');
		}
		const zh = await readPageHead(join(dist, 'zh/apps/docker/index.html'));
		expect(zh.meta.get('og:image:alt')).toContain('容器');
	});
});

describe('structured data', () => {
	it('every application page describes its application in JSON-LD, as the fact sheet does', async () => {
		for (const slug of slugs) {
			for (const prefix of ['', 'zh/']) {
				const { jsonLd } = await readPageHead(join(dist, `${prefix}apps/${slug}/index.html`));
				expect(jsonLd, `${prefix}apps/${slug}/`).toHaveLength(1);
				expect(jsonLd[0]).toMatchObject({
					'@context': 'https://schema.org',
					url: new URL(`/${prefix}apps/${slug}/`, site).href,
				});
			}
		}
	});

	it('names the programming language, licence and code repository of Docker', async () => {
		const { jsonLd } = await readPageHead(join(dist, 'apps/docker/index.html'));
		expect(jsonLd[0]).toMatchObject({
			name: 'Docker Engine and CLI',
			programmingLanguage: ['Go'],
			license: 'https://spdx.org/licenses/Apache-2.0.html',
			codeRepository: expect.arrayContaining(['https://github.com/moby/moby']),
		});
	});
});

describe('/catalogue.json', () => {
	it('is valid against /catalogue.schema.json and lists every application with its pages', async () => {
		const schema = JSON.parse(await readFile(join(dist, 'catalogue.schema.json'), 'utf8'));
		const data = JSON.parse(await readFile(join(dist, 'catalogue.json'), 'utf8'));
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
		expect(data.$schema).toBe(schema.$id);
		const applications = data.applications as { slug: string; url: { en: string; zh: string } }[];
		expect(applications.map((app) => app.slug).sort()).toEqual(slugs);
		for (const app of applications) {
			expect(existsSync(fileOf(app.url.en)), app.url.en).toBe(true);
			expect(existsSync(fileOf(app.url.zh)), app.url.zh).toBe(true);
		}
	});

	it('would reject an application without a Go status or with an unknown verdict', async () => {
		const schema = JSON.parse(await readFile(join(dist, 'catalogue.schema.json'), 'utf8'));
		const data = JSON.parse(await readFile(join(dist, 'catalogue.json'), 'utf8'));
		const ajv = new Ajv2020({ allErrors: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		const [first] = data.applications;
		delete first.goStatus;
		expect(validate(data)).toBe(false);
		first.goStatus = 'core';
		first.claims = [{ ...first.claims[0], verdict: 'plausible' }];
		expect(validate(data)).toBe(false);
	});
});

describe('the overview', () => {
	it.each([
		['/overview/', 'First releases', 'Domains and their applications'],
		['/zh/overview/', '首次发布', '领域与应用'],
	])(
		'%s draws the timeline and the domain map with every application',
		async (path, timeline, map) => {
			const page = await openPage(path);
			const diagrams = page.locator('figure.diagram svg[role="img"]');
			expect(await diagrams.count()).toBe(2);
			expect(await diagrams.nth(0).locator('title').textContent()).toBe(timeline);
			expect(await diagrams.nth(1).locator('title').textContent()).toBe(map);
			const nodes = diagrams.nth(1).locator('.node[class*="status-"]');
			expect(await nodes.count()).toBe(slugs.length);
			expect(await diagrams.nth(1).locator('.node.status-partial').count()).toBeGreaterThan(0);
			const years = await diagrams.nth(0).locator('text').allTextContents();
			expect(years).toContain('2013');
		},
	);

	it('is linked from the home page', async () => {
		const page = await openPage('/');
		await page.locator('a[href="/overview/"]').click();
		expect(new URL(page.url()).pathname).toBe('/overview/');
	});
});

describe('"Last updated"', () => {
	const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
		encoding: 'utf8',
	}).trim();

	it.skipIf(shallow === 'true')(
		'an application page shows the date of the last commit of its files',
		async () => {
			const files = ['content/apps/docker/en.mdx', 'content/apps/docker/facts.yaml'];
			const dates = files.map(
				(file) =>
					new Date(
						execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
							encoding: 'utf8',
						}).trim(),
					),
			);
			const newest = new Date(Math.max(...dates.map((date) => date.getTime())));
			const page = await openPage('/apps/docker/');
			expect(await page.locator('[data-last-updated]').getAttribute('datetime')).toBe(
				newest.toISOString(),
			);
			expect(await page.locator('.page-meta').textContent()).toContain('Last updated');
		},
	);
});
