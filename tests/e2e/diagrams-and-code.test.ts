import { describe, expect, it } from 'vitest';
import { buildFixtureSite } from '../support/fixture-site';
import { serveStatic } from '../support/static-server';
import { openPage } from './site';

/** The fill of the first node box and the colour of its label, as the reader sees them. */
async function diagramColours(page: import('playwright-core').Page) {
	return page
		.locator('figure.diagram svg')
		.first()
		.evaluate((svg) => {
			const shape = svg.querySelector('.node rect, .node polygon, .node path');
			const label = svg.querySelector('.node text, text');
			if (!shape || !label) throw new Error('the diagram has no node with a label');
			return { fill: getComputedStyle(shape).fill, text: getComputedStyle(label).fill };
		});
}

describe('diagrams', () => {
	it('the docker page shows its diagram as inline SVG with an accessible name, in both themes', async () => {
		const light = await openPage('/apps/docker/', { colorScheme: 'light' });
		const svg = light.locator('figure.diagram svg').first();
		expect(await svg.getAttribute('role')).toBe('img');
		const titleId = await svg.getAttribute('aria-labelledby');
		expect((await light.locator(`[id="${titleId}"]`).textContent())?.length).toBeGreaterThan(5);
		expect(await light.locator('pre.mermaid, script[src*="mermaid"]').count()).toBe(0);

		const lightColours = await diagramColours(light);
		const dark = await openPage('/apps/docker/', { colorScheme: 'dark' });
		const darkColours = await diagramColours(dark);
		expect(darkColours.fill).not.toBe(lightColours.fill);
		expect(darkColours.text).not.toBe(lightColours.text);
	});

	it('follows the theme toggle without a reload', async () => {
		const page = await openPage('/zh/apps/docker/', { colorScheme: 'light' });
		const before = await diagramColours(page);
		await page.click('[data-theme-toggle]');
		expect(await diagramColours(page)).not.toEqual(before);
	});
});

describe('code blocks', () => {
	it('show a title and copy their code with the copy button, by keyboard, announcing success', async () => {
		const page = await openPage('/apps/docker/', {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const frame = page
			.locator('figure.code-frame')
			.filter({ has: page.locator('.code-frame-title') })
			.first();
		expect((await frame.locator('.code-frame-title').textContent())?.trim()).toMatch(/\.go$/);
		await frame.locator('button.copy-code').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => frame.locator('.copy-status').textContent()).toBe('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await frame.locator('code').textContent());
		expect(copied).toContain('package main');
	});

	it('highlight Go with colours for both themes', async () => {
		const page = await openPage('/apps/kubernetes/', { colorScheme: 'dark' });
		const colours = await page
			.locator('figure.code-frame pre[data-language="go"] span[style]')
			.evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
		expect(colours).toBeGreaterThan(3);
	});
});

describe('a build without Chromium', () => {
	it('warns once and still shows diagrams, drawn in the reader’s browser', async () => {
		const build = await buildFixtureSite({}, { CHROMIUM_PATH: '/nonexistent/chromium' });
		expect(build.status, build.output).toBe(0);
		const warnings = build.output.match(/Chromium was not found/g) ?? [];
		expect(warnings).toHaveLength(1);
		expect(build.output).toContain('apt-get install -y chromium');

		const server = await serveStatic(build.dist);
		try {
			const page = await openPage(`${server.origin}/apps/sample/`);
			await expect
				.poll(() => page.locator('figure.diagram svg').count(), { timeout: 20_000 })
				.toBe(1);
			expect(await page.locator('figure.diagram svg title').textContent()).toBe('Sample flow');
		} finally {
			await server.close();
		}
	}, 120_000);
});
