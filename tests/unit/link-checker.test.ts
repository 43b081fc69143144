import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/link-checker';

const site = 'https://example.org';

/** A built site in a temporary folder: page address → the body of its HTML. */
async function distWith(pages: Record<string, string>): Promise<string> {
	const dist = await mkdtemp(join(tmpdir(), 'bwg-links-'));
	for (const [path, body] of Object.entries(pages)) {
		const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, `<!doctype html><html lang="en"><body>${body}</body></html>`);
	}
	return dist;
}

const home = `<h2 id="top">Home</h2>`;

async function problemsOf(body: string, base = '/'): Promise<string[]> {
	const prefix = base.replace(/\/$/, '');
	const dist = await distWith({
		'': home,
		'apps/a/': `<h2 id="how">How</h2>`,
		'x.js': '',
		'p/': body.replaceAll('BASE', prefix),
	});
	const report = await checkLinks(dist, { base, site });
	return report.problems
		.filter((problem) => problem.page === 'p/')
		.map((p) => `${p.link} ${p.problem}`);
}

describe('checkLinks', () => {
	it('accepts links to pages, headings, files and https sites', async () => {
		const dist = await distWith({
			'': `${home}<a href="/apps/a/#how">a</a><a href="apps/a/">a</a><a href="#top">top</a>
				<link rel="alternate" hreflang="zh-CN" href="https://example.org/apps/a/">
				<script type="module" src="/x.js"></script>
				<a href="https://go.dev/" target="_blank" rel="noopener">Go</a><a href="mailto:a@example.org">mail</a>`,
			'apps/a/': `<h2 id="how">How</h2>`,
			'x.js': '',
		});
		const report = await checkLinks(dist, { site });
		expect(report.problems).toEqual([]);
		expect(report.internalLinks).toBe(5);
		expect(report.externalLinks).toEqual(['https://go.dev/']);
	});

	it.each([
		['<a href="/apps/b/">b</a>', 'leads to /apps/b/, which the build did not produce'],
		['<a href="/apps/a/#why">a</a>', 'points at #why, which is not an id on /apps/a/'],
		['<a href="#nowhere">here</a>', 'points at #nowhere, which is not an id on /p/'],
		['<a href="/apps/a">a</a>', 'lacks the trailing slash: link to /apps/a/'],
		['<a href="http://go.dev/">Go</a>', 'is not https: link to the https:// address'],
		['<a href="https://go.dev/" target="_blank">Go</a>', 'opens a new tab without rel="noopener"'],
		['<script src="https://cdn.example.net/a.js"></script>', 'loads from another origin'],
		[
			'<style>body{background:url(https://cdn.example.net/a.png)}</style>',
			'loads from another origin',
		],
		['<template><a href="/gone/">x</a></template>', 'leads to /gone/'],
		['<html data-modules=\'{"search":"/search.js"}\'></html>', 'leads to /search.js'],
		['<a href="javascript:void 0">x</a>', 'runs script: use a button'],
	])('reports %s', async (body, problem) => {
		const problems = await problemsOf(body);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(problem);
	});

	it('checks links against the base path', async () => {
		expect(await problemsOf('<a href="BASE/apps/a/#how">a</a>', '/built-with-go/')).toEqual([]);
		expect(await problemsOf('<a href="/apps/a/">a</a>', '/built-with-go/')).toEqual([
			'/apps/a/ is outside the base path /built-with-go/: build the link with withBase() or localizedPath()',
		]);
	});
});
