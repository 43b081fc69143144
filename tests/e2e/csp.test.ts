/**
 * The Content-Security-Policy: the same <meta> on every page, hashes for exactly the inline scripts
 * there are, and `dist/_headers` carrying it with the other security headers. In Chromium, with
 * the meta and the headers enforced, reading, searching, copying code and switching theme report
 * no violation.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';
import { searchFor, switchThemeAndCopyCode } from './reader-actions';
import { openPage } from './site';

interface HeaderRule {
	pattern: RegExp;
	headers: Record<string, string>;
}

/** Netlify / Cloudflare Pages `_headers`: a path pattern, then indented `Name: value` lines. */
function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
			continue;
		}
		const [name = '', ...value] = line.trim().split(':');
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any path`);
		rule.headers[name.trim().toLowerCase()] = value.join(':').trim();
	}
	return rules;
}

function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	return Object.assign(
		{},
		...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers),
	);
}

const headerRules = parseHeadersFile(await readFile('dist/_headers', 'utf8'));
const pageHeaders = headersFor(headerRules, '/apps/docker/');

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((tokens) => tokens[0])
			.map(([name = '', ...values]) => [name, values]),
	);
}

function sha256Source(code: string): string {
	return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

describe('Content-Security-Policy in the markup', () => {
	it('every page has the same policy, listing exactly the hashes of its inline scripts', async () => {
		const policies = new Set<string>();
		const problems: string[] = [];
		for (const { file, path } of await builtPages('dist')) {
			const inlineScripts: string[] = [];
			let policy: string | undefined;
			visit(fromHtml(await readFile(file, 'utf8')), 'element', (element: Element) => {
				const { properties } = element;
				if (
					element.tagName === 'meta' &&
					String(properties['httpEquiv']).toLowerCase() === 'content-security-policy'
				)
					policy = String(properties['content']);
				// A data block (JSON-LD) is not run, so script-src does not govern it.
				const runs = ['', 'module', 'text/javascript'].includes(String(properties['type'] ?? ''));
				if (element.tagName === 'script' && properties['src'] === undefined && runs)
					inlineScripts.push(sha256Source(toText(element, { whitespace: 'pre' })));
				for (const name of Object.keys(properties))
					if (/^on[a-z]/.test(name))
						problems.push(`/${path}: <${element.tagName} ${name}>, an inline handler`);
			});
			if (!policy) {
				problems.push(`/${path}: no CSP <meta>`);
				continue;
			}
			policies.add(policy);
			const scriptSources = directives(policy).get('script-src') ?? [];
			const hashes = scriptSources.filter((source) => source.startsWith("'sha256-"));
			for (const hash of inlineScripts)
				if (!hashes.includes(hash))
					problems.push(`/${path}: an inline script whose hash ${hash} is not in the policy`);
		}
		expect(problems).toEqual([]);
		expect(policies.size).toBe(1);
		const [policy = ''] = policies;
		const scriptSrc = directives(policy).get('script-src');
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(directives(policy).get('object-src')).toEqual(["'none'"]);
		expect(directives(policy).get('default-src')).toEqual(["'self'"]);
	});

	it('dist/_headers sends the same policy with frame-ancestors and the other security headers', async () => {
		const [pagePolicy] = await metaPolicyOf('dist/index.html');
		expect(pageHeaders['content-security-policy']).toBe(`${pagePolicy}; frame-ancestors 'none'`);
		expect(pageHeaders['x-content-type-options']).toBe('nosniff');
		expect(pageHeaders['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(pageHeaders['permissions-policy']).toMatch(/camera=\(\)/);
		expect(
			headersFor(headerRules, '/_astro/search-dialog.0123456789.js')['cache-control'],
		).toContain('immutable');
	});
});

async function metaPolicyOf(file: string): Promise<string[]> {
	const found: string[] = [];
	visit(fromHtml(await readFile(file, 'utf8')), 'element', (element: Element) => {
		if (
			element.tagName === 'meta' &&
			String(element.properties['httpEquiv']).toLowerCase() === 'content-security-policy'
		)
			found.push(String(element.properties['content']));
	});
	return found;
}

/** A page served as a static host would with `dist/_headers`, recording what the console says. */
async function openWithHeaders(path: string) {
	const page = await openPage('about:blank', {
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	await page.context().route('**/*', async (route) => {
		const response = await route.fetch();
		const { pathname } = new URL(route.request().url());
		await route.fulfill({
			response,
			headers: { ...response.headers(), ...headersFor(headerRules, pathname) },
		});
	});
	const logged: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
	});
	page.on('pageerror', (error) => logged.push(error.message));
	// The event reaches the document even when the console line is phrased differently.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
		);
	});
	const response = await page.goto(path);
	return { page, logged, headers: response?.headers() ?? {} };
}

describe('Content-Security-Policy enforced', () => {
	it.each([
		['/apps/docker/', 'docker'],
		['/zh/apps/kubernetes/', '容器'],
		['/', 'prometheus'],
		['/guides/is-it-go/', 'readelf'],
	])('%s: theme, copy and search raise no violation', async (path, query) => {
		const { page, logged, headers } = await openWithHeaders(path);
		expect(headers['content-security-policy']).toContain('frame-ancestors');
		await switchThemeAndCopyCode(page);
		await searchFor(page, query);
		expect(logged).toEqual([]);
	});

	it('the header keeps the site out of frames', async () => {
		const framedHeading = (page: Page) =>
			page.evaluate(async () => {
				const frame = document.createElement('iframe');
				frame.src = '/apps/docker/';
				const loaded = new Promise((resolve) => (frame.onload = resolve));
				document.body.append(frame);
				await loaded;
				return frame.contentDocument?.querySelector('h1')?.textContent ?? null;
			});
		// A <meta> policy cannot forbid framing: without the header the frame shows the page.
		expect(await framedHeading(await openPage('/about/'))).toContain('Docker');
		const { page, logged } = await openWithHeaders('/about/');
		expect(await framedHeading(page)).toBeNull();
		expect(logged.join('\n')).toContain("frame-ancestors 'none'");
	});
});
