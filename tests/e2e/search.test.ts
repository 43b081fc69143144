/**
 * Search as a reader uses it: the dialog on every page (shortcuts, results, filters, keyboard) and
 * the search page (URL state, browsing without a query, and without JavaScript).
 */
import { describe, expect, it } from 'vitest';
import {
	dialog,
	openSearchDialog,
	recordCspViolations,
	resultUrls,
	searchFor,
} from './search-dialog';
import { openPage } from './site';

describe('the search dialog', () => {
	it('loads no search code before the reader asks, then lists Docker first for "docker"', async () => {
		const page = await openPage('/apps/kubernetes/');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const violations = recordCspViolations(page);
		await page.waitForTimeout(200);
		expect(requests.filter((url) => /pagefind|search/.test(url))).toEqual([]);

		await openSearchDialog(page);
		const urls = await searchFor(page, 'docker');
		expect(urls[0]).toBe('/apps/docker/');
		const first = dialog(page).locator('.search-result').first();
		expect(await first.locator('.search-result-details').textContent()).toContain('Containers');
		expect(await first.locator('.badge').textContent()).toBe('Go');
		const marks = await first.locator('.search-result-excerpt mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark.toLowerCase()).toContain('docker');
		expect(violations).toEqual([]);
	});

	it('searches the Chinese index from a Chinese page and lists Docker first for 容器', async () => {
		const page = await openPage('/zh/');
		const indexRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/')) indexRequests.push(request.url());
		});
		await openSearchDialog(page);
		const urls = await searchFor(page, '容器');
		expect(urls[0]).toBe('/zh/apps/docker/');
		expect(urls.every((url) => url.startsWith('/zh/'))).toBe(true);
		expect(indexRequests.some((url) => /pagefind\.zh-cn_\w+\.pf_meta/.test(url))).toBe(true);
		expect(indexRequests.some((url) => /pagefind\.en_/.test(url))).toBe(false);
	});

	it('narrows the results with a domain filter and shows the count of each value', async () => {
		const page = await openPage('/');
		await openSearchDialog(page);
		const all = await searchFor(page, 'metrics');
		const domain = dialog(page).locator('[data-search-filter="domain"]');
		const option = domain.locator('option', { hasText: 'Observability' });
		const count = Number(/\((\d+)\)$/.exec((await option.textContent()) ?? '')?.[1]);
		expect(count).toBeGreaterThan(1);

		await domain.selectOption({ label: (await option.textContent()) ?? '' });
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('dialog .search-result-details')].every((details) =>
					details.textContent?.includes('Observability'),
				) && document.querySelector('dialog [data-search-status]')?.textContent?.includes('result'),
		);
		const status = await dialog(page).locator('[data-search-status]').textContent();
		expect(status).toBe(`${count} results`);
		const narrowed = await resultUrls(page, 'metrics');
		expect(narrowed.length).toBeLessThan(all.length);
		expect(narrowed.length).toBeGreaterThan(0);
	});

	it('links sub-results to the matching heading of a page', async () => {
		const page = await openPage('/');
		await openSearchDialog(page);
		await searchFor(page, 'containerd');
		const section = dialog(page).locator('.search-result-sections a').first();
		const href = (await section.getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/apps\/[^/]+\/#[\w-]+$/);
		await section.click();
		await page.waitForURL((url) => url.hash !== '');
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
	});

	it('works from the keyboard: shortcut, arrows, Enter, focus kept inside, Esc restores focus', async () => {
		const page = await openPage('/');
		const opener = page.locator('[data-search-open]').first();
		await opener.focus();
		await page.keyboard.press('Control+k');
		const input = dialog(page).locator('[data-search-input]');
		await input.waitFor();
		expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);

		await page.keyboard.type('prometheus');
		await resultUrls(page, 'prometheus');
		const focusedHref = () =>
			page.evaluate(() =>
				(document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
			);
		const links = await dialog(page)
			.locator('[data-search-results] a')
			.evaluateAll((all) => all.map((link) => link.getAttribute('href')));
		await page.keyboard.press('ArrowDown');
		expect(await focusedHref()).toBe(links[0]);
		await page.keyboard.press('ArrowDown');
		expect(await focusedHref()).toBe(links[1]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);

		for (let i = 0; i < 40; i += 1) await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.activeElement?.closest('dialog.search-dialog') !== null),
		).toBe(true);

		await page.keyboard.press('Escape');
		expect(await dialog(page).evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
		expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);

		await page.keyboard.press('/');
		await input.fill('prometheus');
		await resultUrls(page, 'prometheus');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/apps/prometheus/');
	});
});

describe('the search page', () => {
	const pageRoot = '[data-search-page]';

	it('keeps the query and the filters in the URL, through a reload', async () => {
		const page = await openPage('/search/?q=metrics&domain=observability');
		const urls = await resultUrls(page, 'metrics', pageRoot);
		expect(urls.length).toBeGreaterThan(0);
		expect(await page.inputValue(`${pageRoot} [data-search-input]`)).toBe('metrics');
		const domain = page.locator(`${pageRoot} [data-search-filter="domain"]`);
		expect(await domain.locator('option:checked').getAttribute('data-id')).toBe('observability');

		const status = page.locator(`${pageRoot} [data-search-filter="status"]`);
		await status.selectOption({ index: 1 });
		await page.waitForURL(/status=core/);
		expect(new URL(page.url()).search).toBe('?q=metrics&domain=observability&status=core');

		await page.reload();
		const afterReload = await resultUrls(page, 'metrics', pageRoot);
		expect(afterReload.length).toBeGreaterThan(0);
		expect(await status.locator('option:checked').getAttribute('data-id')).toBe('core');
		expect(await domain.locator('option:checked').getAttribute('data-id')).toBe('observability');
	});

	it('lists every application for an empty query and narrows the list by domain', async () => {
		const page = await openPage('/zh/search/');
		const items = page.locator(`${pageRoot} [data-search-browse] [data-app]`);
		const total = await items.count();
		expect(total).toBeGreaterThanOrEqual(27);
		const domain = page.locator(`${pageRoot} [data-search-filter="domain"]`);
		const containers = domain.locator('option[data-id="containers"]');
		await domain.selectOption({ label: (await containers.textContent()) ?? '' });
		await page.waitForURL(/domain=containers/);
		const shown = await items.evaluateAll((all) =>
			all.filter((item) => !(item as HTMLElement).hidden).map((item) => item.dataset['app']),
		);
		expect(shown.sort()).toEqual(['containerd', 'docker', 'runc']);
		expect(await containers.textContent()).toBe('容器 (3)');
	});

	it('leads to the domain pages without JavaScript', async () => {
		const page = await openPage('/search/', { javaScriptEnabled: false });
		const domainLinks = await page
			.locator('main a[href^="/domains/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(new Set(domainLinks).size).toBe(11);
		expect(
			await page.locator(`${pageRoot} [data-search-browse] [data-app]`).count(),
		).toBeGreaterThanOrEqual(27);
		expect(await page.locator(`${pageRoot} form`).isVisible()).toBe(false);
	});
});
