import { unified } from '@astrojs/markdown-remark';
import { describe, expect, test, vi } from 'vitest';
import { rehypeCodeFrame } from '../../src/plugins/rehype-code-frame';
import { remarkCodeLanguages } from '../../src/plugins/remark-code-languages';
import { codeMeta, parseCodeMeta } from '../../src/plugins/shiki-code-meta';

/** The site's Markdown setup, as in astro.config.mjs. */
const processor = unified({
	remarkPlugins: [remarkCodeLanguages()],
	rehypePlugins: [rehypeCodeFrame()],
});
const shared: Parameters<typeof processor.createRenderer>[0] = {
	syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	shikiConfig: {
		themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
		defaultColor: false,
		transformers: [codeMeta()],
	},
};
const markdown = await processor.createRenderer(shared);

async function renderMarkdown(
	source: string,
	path = '/site/content/apps/demo/en.mdx',
): Promise<string> {
	return (await markdown.render(source, { fileURL: new URL(`file://${path}`) })).code;
}

/** The error a render fails with; Astro also logs it, which would only clutter the test output. */
async function renderError(source: string, path?: string): Promise<string> {
	const log = vi.spyOn(console, 'error').mockImplementation(() => {});
	try {
		await renderMarkdown(source, path);
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	} finally {
		log.mockRestore();
	}
	throw new Error('expected the render to fail');
}

const fence = (meta: string, ...lines: string[]) => ['```' + meta, ...lines, '```'].join('\n');
const titledGo = fence(
	'go title="main.go" {2}',
	'package main',
	'import "fmt"',
	'func main() { fmt.Println("hi") }',
);

describe('parseCodeMeta', () => {
	test('reads a title in either quotes, line ranges and the fragment flag', () => {
		expect(parseCodeMeta('title="cmd/main.go" {1,3-5} fragment')).toEqual({
			title: 'cmd/main.go',
			highlightedLines: [1, 3, 4, 5],
			fragment: true,
		});
		expect(parseCodeMeta("title='it is.go'").title).toBe('it is.go');
	});

	test('gives nothing for an empty meta', () => {
		expect(parseCodeMeta(undefined)).toEqual({ highlightedLines: [], fragment: false });
	});

	test('does not read flags or ranges inside the title', () => {
		expect(parseCodeMeta('title="fragment {2}.go"')).toEqual({
			title: 'fragment {2}.go',
			highlightedLines: [],
			fragment: false,
		});
	});

	test('merges overlapping ranges and sorts them', () => {
		expect(parseCodeMeta('{4, 2-4,1}').highlightedLines).toEqual([1, 2, 3, 4]);
	});

	test('rejects a reversed range or a word', () => {
		expect(() => parseCodeMeta('{5-3}')).toThrow(/"5-3"/);
		expect(() => parseCodeMeta('{two}')).toThrow(/"two"/);
		expect(() => parseCodeMeta('{0}')).toThrow(/"0"/);
	});
});

describe('remarkCodeLanguages', () => {
	test('fails on an unknown language, naming the file, the line and the fix', async () => {
		const source = ['# Title', '', fence('golang', 'package main')].join('\n');
		const message = await renderError(source, '/site/content/apps/demo/en.mdx');
		expect(message).toContain('/site/content/apps/demo/en.mdx:3');
		expect(message).toContain('"golang"');
		expect(message).toContain('Use one of go, yaml');
		expect(message).toContain('https://shiki.style/languages');
	});

	test('suggests the lower-case spelling when that is known', async () => {
		expect(await renderError(fence('Go', 'package main'))).toContain('Did you mean "go"?');
	});

	test.each(['go', 'yaml', 'bash', 'json', 'protobuf', 'rust', 'mermaid', 'text', 'txt', 'plain'])(
		'accepts %s',
		async (language) => {
			await expect(renderMarkdown(fence(language, 'x'))).resolves.toContain('x');
		},
	);

	test('accepts a fence without a language', async () => {
		await expect(renderMarkdown(fence('', 'x'))).resolves.toContain('code-frame');
	});
});

describe('code frame', () => {
	test('frames a titled block with a copy button and marks the highlighted line', async () => {
		const html = await renderMarkdown(titledGo);
		expect(html).toMatch(/^<figure class="code-frame"><div class="code-frame-header">/);
		expect(html).toContain('<span class="code-frame-title">main.go</span>');
		expect(html).toContain('<span class="copy-status" role="status" aria-live="polite"></span>');
		expect(html).toMatch(
			/<button type="button" class="copy-code" data-copy-code="" data-copied="Copied" aria-label="Copy code"/,
		);
		// The title has been rendered, so it is not left on the <pre>.
		expect(html).not.toContain('data-title');
		expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]* tabindex="0"/);
		const lines = [...html.matchAll(/<span class="(line[^"]*)">/g)].map((match) => match[1]);
		expect(lines).toEqual(['line', 'line highlighted', 'line']);
	});

	test('names the language when there is no title', async () => {
		const html = await renderMarkdown(fence('yaml', 'name: docker'));
		expect(html).toContain('<span class="code-frame-language">yaml</span>');
	});

	test.each(['/site/content/apps/demo/zh.mdx', '/site/content/zh/about.md'])(
		'labels the button in Chinese for %s',
		async (path) => {
			const html = await renderMarkdown(titledGo, path);
			expect(html).toContain('data-copied="已复制" aria-label="复制代码"');
		},
	);

	test('fails when a highlighted line is past the end of the block', async () => {
		expect(await renderError(fence('go {4}', 'package main'))).toContain(
			'highlights line 4, but it has only 1 line',
		);
	});

	test.each([
		['protobuf', 'syntax = "proto3";\nmessage Ping { string id = 1; }', 'message'],
		['rust', 'fn main() { let x = 1; }', 'fn'],
	])('highlights %s', async (language, code, keyword) => {
		const html = await renderMarkdown(fence(language, ...code.split('\n')));
		expect(html).toContain(`data-language="${language}"`);
		// A token with both theme colours means Shiki knew the grammar (plain text has none).
		expect(html).toMatch(new RegExp(`--shiki-dark:#[0-9A-F]{6}">${keyword}</span>`));
	});

	test('leaves mermaid to the diagram plugin', async () => {
		const html = await renderMarkdown(fence('mermaid', 'flowchart LR', '  a --> b'));
		expect(html).not.toContain('code-frame');
		expect(html).toContain('class="language-mermaid"');
	});

	test('frames blocks the same way in MDX', async () => {
		if (!processor.createMdxRenderer) throw new Error('unified() has no MDX renderer');
		const mdx = await processor.createMdxRenderer(shared, { optimize: false });
		const { code } = await mdx.process(titledGo, '/site/content/apps/demo/zh.mdx', {});
		expect(code).toContain('"code-frame"');
		expect(code).toContain('"复制代码"');
		expect(code).toContain('"data-copy-code"');
		expect(code).toContain('"line highlighted"');
	});
});
