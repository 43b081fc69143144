/**
 * Text from content is text everywhere it reaches HTML: a site built from an application whose
 * every field is markup (tests/fixtures/hostile-content/) shows that markup as words, on its page,
 * on the cards, in the diagram and in search results. The pages' CSP would block most payloads
 * anyway, so it is switched off here: this tests the escaping, csp.test.ts the policy.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildFixtureSite,
	readFixtureFolder,
	removeFixtureSite,
	type FixtureBuild,
} from '../support/fixture-site';
import { serveStatic, type StaticServer } from '../support/static-server';
import { searchFor } from './reader-actions';
import { openPage } from './site';

let build: FixtureBuild;
let server: StaticServer;

beforeAll(async () => {
	build = await buildFixtureSite(await readFixtureFolder('tests/fixtures/hostile-content'));
	if (build.status !== 0) throw new Error(`The hostile fixture did not build:\n${build.output}`);
	server = await serveStatic(build.dist);
}, 300_000);

afterAll(async () => {
	await server?.close();
	if (build) await removeFixtureSite(build);
});

/** Elements or attributes that only injected markup would have put on the page. */
const injected = 'img[src="x"], iframe, [onerror], [onload], [onmouseover], b[onmouseover]';

async function openHostile(path: string): Promise<Page> {
	const page = await openPage(`${server.origin}${path}`, { bypassCSP: true });
	await page.waitForLoadState('load');
	return page;
}

async function expectNothingRan(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
	expect(await page.locator(injected).count()).toBe(0);
}

describe('text from content is escaped', () => {
	it('on the application page: name, tagline, facts, claims, sources, title and description', async () => {
		const page = await openHostile('/apps/sample/');
		await expectNothingRan(page);
		const text = await page.locator('main').innerText();
		for (const shown of [
			'Hostile </script><img src=x onerror="window.pwned=1"> & Co',
			'A tagline with </script><script>window.pwned=8</script> in it',
			'<svg onload="window.pwned=2">hostile-alias',
			'<b onmouseover="window.pwned=3">bold</b> component',
			'"><script>window.pwned=4</script>',
			'<iframe src="javascript:window.pwned=5"></iframe>source',
			'A claim with <script>window.pwned=6</script> in it.',
			'A note with <img src=x onerror="window.pwned=7"> in it.',
		])
			expect(text).toContain(shown);
		expect(await page.title()).toContain('Hostile </script><img');
		expect(await page.getAttribute('meta[name=description]', 'content')).toBe(
			'A summary with "quotes" and <img src=x onerror="window.pwned=9"> in it',
		);
	});

	it('in the diagram, drawn with Mermaid’s strict security level', async () => {
		const page = await openHostile('/apps/sample/');
		const diagram = page.locator('figure.diagram svg');
		expect(await diagram.count()).toBe(1);
		expect(await diagram.locator('foreignObject, script, img, [onerror]').count()).toBe(0);
		await expectNothingRan(page);
	});

	it.each(['/', '/zh/', '/domains/containers/', '/zh/apps/sample/'])('on %s', async (path) => {
		const page = await openHostile(path);
		await expectNothingRan(page);
		expect(await page.locator('main').innerText()).toContain('</script>');
	});

	it('in search results', async () => {
		const page = await openHostile('/');
		await searchFor(page, 'hostile');
		const dialog = page.locator('dialog[open]');
		await expect.poll(() => dialog.innerText()).toContain('Hostile </script><img');
		await expectNothingRan(page);
	});
});
