import { describe, expect, it } from 'vitest';
import { openPage } from './site';

describe('every page type, in both languages', () => {
	it.each([
		['/', 'en', 'Built with Go'],
		['/zh/', 'zh-CN', 'Built with Go'],
	])(
		'home %s lists the domains with counts and every application as a card',
		async (path, lang, title) => {
			const page = await openPage(path);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.textContent('h1')).toBe(title);
			expect(await page.locator('[data-domain] .count').count()).toBe(11);
			const cards = page.locator('#all-apps + .grid [data-app]');
			expect(await cards.count()).toBeGreaterThanOrEqual(3);
			const docker = page.locator('#all-apps + .grid [data-app="docker"]');
			expect(
				await docker.locator('[data-go-status-badge]').getAttribute('data-go-status-badge'),
			).toBe('core');
			expect(await page.locator('form[role=search] input[type=search]').count()).toBe(1);
		},
	);

	it.each([
		['/apps/docker/', 'en', 'Docker'],
		['/zh/apps/docker/', 'zh-CN', 'Docker'],
		['/apps/kubernetes/', 'en', 'Kubernetes'],
		['/zh/apps/kubernetes/', 'zh-CN', 'Kubernetes'],
		['/apps/prometheus/', 'en', 'Prometheus'],
		['/zh/apps/prometheus/', 'zh-CN', 'Prometheus'],
	])(
		'app page %s has its fact sheet, body, claims, sources and contents',
		async (path, lang, name) => {
			const page = await openPage(path);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.textContent('h1')).toContain(name);
			expect(await page.getAttribute('[data-go-status]', 'data-go-status')).toBe('core');
			expect(await page.locator('.fact-sheet dt').count()).toBeGreaterThanOrEqual(8);
			expect(await page.locator('.prose h2').count()).toBeGreaterThanOrEqual(3);
			const verdicts = await page
				.locator('[data-verdict]')
				.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')));
			expect(verdicts.length).toBeGreaterThan(0);
			for (const verdict of verdicts)
				expect(['accurate', 'inaccurate', 'unverified']).toContain(verdict);
			expect(
				await page.locator('#sources ~ ul a[href^="https://"]').count(),
			).toBeGreaterThanOrEqual(2);
			expect(await page.locator('.toc a').count()).toBeGreaterThanOrEqual(4);
			expect(await page.locator('#related ~ .grid [data-app]').count()).toBeGreaterThan(0);
		},
	);

	it('a heading anchor links to its own section, and the contents link to the headings', async () => {
		const page = await openPage('/apps/docker/');
		const anchor = page.locator('.prose h2 .heading-anchor').first();
		const id = await page.locator('.prose h2').first().getAttribute('id');
		expect(await anchor.getAttribute('href')).toBe(`#${id}`);
		expect(await anchor.getAttribute('aria-label')).toBe('Link to this section');
		expect(await page.locator(`.toc a[href="#${id}"]`).count()).toBe(1);
		await anchor.click();
		expect(new URL(page.url()).hash).toBe(`#${id}`);
		const zh = await openPage('/zh/apps/docker/');
		expect(await zh.locator('.prose h2 .heading-anchor').first().getAttribute('aria-label')).toBe(
			'链接到本节',
		);
	});

	it.each([
		['/domains/containers/', 'en'],
		['/zh/domains/containers/', 'zh-CN'],
	])('domain page %s describes the domain and lists its applications', async (path, lang) => {
		const page = await openPage(path);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect((await page.textContent('.lede'))?.length).toBeGreaterThan(40);
		expect(await page.locator('#go-fit').count()).toBe(1);
		expect(await page.locator('.grid [data-app="docker"]').count()).toBe(1);
	});

	it.each(['/about/', '/zh/about/', '/guides/is-it-go/', '/zh/guides/is-it-go/'])(
		'page %s renders its text',
		async (path) => {
			const page = await openPage(path);
			expect((await page.textContent('h1'))?.length).toBeGreaterThan(2);
			expect(await page.locator('.prose p').count()).toBeGreaterThan(2);
		},
	);

	it('an unknown address answers 404 with a way back in both languages', async () => {
		const page = await openPage('/apps/no-such-app/');
		const response = await page.goto('/apps/no-such-app/');
		expect(response?.status()).toBe(404);
		expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
		expect(await page.locator('a[href="/zh/"]').count()).toBeGreaterThan(0);
	});

	it('every page names its language versions and its canonical address', async () => {
		const page = await openPage('/zh/apps/kubernetes/');
		expect(await page.getAttribute('link[rel=canonical]', 'href')).toMatch(
			/\/zh\/apps\/kubernetes\/$/,
		);
		expect(await page.getAttribute('link[hreflang=en]', 'href')).toMatch(
			/[^h]\/apps\/kubernetes\/$/,
		);
		expect(await page.getAttribute('link[hreflang="zh-CN"]', 'href')).toMatch(
			/\/zh\/apps\/kubernetes\/$/,
		);
		expect((await page.getAttribute('meta[name=description]', 'content'))?.length).toBeGreaterThan(
			20,
		);
		expect(await page.title()).toContain('Kubernetes');
	});
});

describe('language switcher', () => {
	it.each([
		['/apps/docker/', '/zh/apps/docker/'],
		['/zh/domains/observability/', '/domains/observability/'],
		['/', '/zh/'],
		['/guides/is-it-go/', '/zh/guides/is-it-go/'],
	])('leads from %s to the same page in the other language', async (from, to) => {
		const page = await openPage(from);
		await page.click('[data-language-switch]');
		expect(new URL(page.url()).pathname).toBe(to);
	});
});

describe('theme', () => {
	it('follows the system when the reader has not chosen', async () => {
		const dark = await openPage('/', { colorScheme: 'dark' });
		expect(await dark.getAttribute('html', 'data-theme')).toBe('dark');
		const light = await openPage('/', { colorScheme: 'light' });
		expect(await light.getAttribute('html', 'data-theme')).toBe('light');
	});

	it('the toggle switches the theme, and the choice persists across pages', async () => {
		const page = await openPage('/apps/docker/', { colorScheme: 'light' });
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const lightBackground = await background();
		const toggle = page.locator('[data-theme-toggle]');
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		await toggle.click();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await background()).not.toBe(lightBackground);
		await page.goto('/zh/');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
	});
});
