/** Driving the search dialog of a page of the built site, as a reader does. */
import type { Page } from 'playwright-core';

export const dialog = (page: Page) => page.locator('dialog.search-dialog');

/** Opens the dialog with `/`, as a reader would from anywhere on the page. */
export async function openSearchDialog(page: Page): Promise<void> {
	await page.keyboard.press('/');
	await dialog(page).locator('[data-search-input]').waitFor();
}

/** Types `query` into the open dialog and returns the result URLs, once they are shown. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	await dialog(page).locator('[data-search-input]').fill(query);
	return resultUrls(page, query);
}

/** The result URLs (paths) of `root` once it shows the results for `query`. */
export async function resultUrls(page: Page, query: string, root = 'dialog.search-dialog') {
	await page.waitForFunction(
		([root, query]) =>
			document.querySelector<HTMLElement>(`${root} [data-search-results]`)?.dataset['query'] ===
			query,
		[root, query.trim()],
	);
	return page
		.locator(`${root} [data-search-results] .search-result-title`)
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
}

/** The slug of an application page's path, `/zh/apps/docker/` → `docker`. */
export const appSlug = (path: string) => /\/apps\/([^/]+)\/$/.exec(path)?.[1];

/** Records the Content-Security-Policy violations Chromium reports in the console. */
export function recordCspViolations(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}
