/** What every end-to-end test needs: a page of the built site in the shared Chromium. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

let browser: Browser | undefined;

afterAll(async () => {
	await browser?.close();
});

/** A fresh page (own context: own storage, colour scheme) with `path` of the site loaded. */
export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
	browser ??= await chromium.connect(inject('browserEndpoint'));
	const context = await browser.newContext({ baseURL: inject('siteOrigin'), ...options });
	const page = await context.newPage();
	await page.goto(path);
	return page;
}
