/**
 * Nothing from elsewhere: every request a page makes, from loading to searching, switching theme
 * and copying code, goes to the site's own origin. No web fonts, analytics or images from other
 * hosts; the link checker proves the same statically for every page's markup.
 */
import { describe, expect, inject, it } from 'vitest';
import { searchFor, switchThemeAndCopyCode } from './reader-actions';
import { openPage } from './site';

const pageTypes = [
	['home', '/'],
	['app', '/apps/docker/'],
	['app (Chinese)', '/zh/apps/kubernetes/'],
	['domain', '/domains/containers/'],
	['guide', '/guides/is-it-go/'],
	['about', '/about/'],
	['search', '/search/'],
	['404', '/404.html'],
];

describe('requests', () => {
	it.each(pageTypes)(
		'the %s page (%s) asks only its own origin, also for search, theme and copy',
		async (_, path) => {
			const page = await openPage('about:blank', {
				permissions: ['clipboard-read', 'clipboard-write'],
				// What the pages ask for, even what their CSP would refuse (csp.test.ts checks that).
				bypassCSP: true,
			});
			const requested: string[] = [];
			page.context().on('request', (request) => requested.push(request.url()));
			await page.goto(path);

			await switchThemeAndCopyCode(page);
			// Search loads its module, Pagefind's script, WebAssembly, index and result fragments.
			await searchFor(page, 'go');
			const origin = inject('siteOrigin');
			const elsewhere = requested.filter(
				(url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
			);
			expect(elsewhere).toEqual([]);
			// The recording saw the requests made on demand, not only the page itself.
			expect(requested.some((url) => url.includes('/pagefind/wasm.'))).toBe(true);
		},
	);
});
