/** What a reader does on any page, for tests that watch what happens meanwhile. */
import type { Page } from 'playwright-core';

/**
 * Opens search with the `/` key (unless a search box already has the focus, as on the search
 * page), types `query` and waits until Pagefind has loaded the results.
 */
export async function searchFor(page: Page, query: string): Promise<void> {
	const inSearchBox = () => document.activeElement?.matches('input[type=search]') ?? false;
	const results = page.waitForResponse((response) => response.url().endsWith('.pf_fragment'));
	if (!(await page.evaluate(inSearchBox))) await page.keyboard.press('/');
	await page.waitForFunction(inSearchBox);
	await page.keyboard.type(query);
	await results;
}

/** Switches the theme with the toggle, and copies the first code block if the page has one. */
export async function switchThemeAndCopyCode(page: Page): Promise<void> {
	await page.click('[data-theme-toggle]');
	const copyButton = page.locator('[data-copy-code]').first();
	if ((await copyButton.count()) === 0) return;
	await copyButton.click();
	await page.waitForFunction(() => !!document.querySelector('[data-copy-code].copied'));
}
