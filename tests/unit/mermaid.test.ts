/**
 * Build-time Mermaid rendering, in the real Chromium (Debian's /usr/bin/chromium or CHROMIUM_PATH).
 * Each test that renders uses a cache directory of its own, so nothing is served from an old run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	closeMermaidRenderer,
	getDiagramStats,
	renderMermaid,
} from '../../src/lib/mermaid-renderer';
import { rehypeMermaid } from '../../src/plugins/rehype-mermaid';

const flowchart = `flowchart LR
  accTitle: How docker run reaches runc
  accDescr: The CLI calls dockerd, which asks containerd to start runc.
  cli[docker CLI] -->|REST| dockerd --> containerd --> runc`;

const sequence = `sequenceDiagram
  accTitle: A pod is scheduled
  participant A as API server
  participant S as Scheduler
  S->>A: bind pod
  A-->>S: ok`;

const origin = { file: 'content/apps/docker/en.mdx', number: 1, line: 12 };

let cacheDirectory: string;
beforeEach(async () => {
	cacheDirectory = await mkdtemp(join(tmpdir(), 'diagram-cache-'));
	process.env['DIAGRAM_CACHE_DIR'] = cacheDirectory;
});
afterEach(async () => {
	delete process.env['DIAGRAM_CACHE_DIR'];
	delete process.env['DIAGRAMS'];
	delete process.env['CHROMIUM_PATH'];
	vi.restoreAllMocks();
	await rm(cacheDirectory, { recursive: true, force: true });
});
afterAll(closeMermaidRenderer);

function parseSvg(svg: string): Element {
	const root = fromHtml(svg, { fragment: true, space: 'svg' });
	const element = root.children[0];
	if (element?.type !== 'element') throw new Error('no element');
	return element;
}

describe('renderMermaid', () => {
	it('renders a flowchart to an accessible, themeable <svg>', async () => {
		const svg = await renderMermaid(flowchart, origin);
		const element = parseSvg(svg);
		expect(element.tagName).toBe('svg');
		expect(element.properties['role']).toBe('img');
		expect(svg).toMatch(/<title id="([^"]+)">How docker run reaches runc<\/title>/);
		const titleId = /<title id="([^"]+)"/.exec(svg)?.[1];
		expect(element.properties['ariaLabelledBy']).toEqual([titleId]);
		expect(svg).toContain('<desc');
		expect(svg).not.toContain('<style');
		expect(svg).not.toMatch(/\s(fill|stroke)="(?!none")/);
		expect(svg).not.toMatch(/\swidth="100%"/);
		expect(element.properties['viewBox']).toMatch(/^[\d.-]+ [\d.-]+ [\d.]+ [\d.]+$/);
		// SVG text labels, not HTML in <foreignObject> (the W3C validator rejects <p> in <span>).
		expect(svg).not.toContain('foreignObject');
		expect(svg).toContain('>containerd</tspan>');
	});

	it('renders the same source to the same bytes, whatever was rendered in between', async () => {
		const first = await renderMermaid(sequence, origin);
		await rm(cacheDirectory, { recursive: true });
		await renderMermaid(flowchart, origin);
		await renderMermaid(`${sequence}\n  S->>A: again`, origin);
		const second = await renderMermaid(sequence, origin);
		expect(second).toBe(first);
	});

	it('takes a second render of the same source from the disk cache', async () => {
		const before = getDiagramStats();
		const first = await renderMermaid(flowchart, origin);
		const second = await renderMermaid(flowchart, origin);
		const after = getDiagramStats();
		expect(second).toBe(first);
		expect(after.rendered - before.rendered).toBe(1);
		expect(after.cached - before.cached).toBe(1);
	});

	it('rejects a syntax error, naming the file, the diagram and Mermaid’s message', async () => {
		const broken = 'flowchart LR\n  accTitle: Broken\n  a -->';
		const error = await renderMermaid(broken, origin).catch((reason: unknown) => reason);
		expect(error).toBeInstanceOf(Error);
		const { message } = error as Error;
		expect(message).toContain('content/apps/docker/en.mdx');
		expect(message).toContain('diagram 1');
		expect(message).toContain('line 12');
		expect(message).toContain('Parse error');
		expect(message).toContain('every diagram also needs an accTitle: line');
	});

	it('rejects a diagram without accTitle, which would have no accessible name', async () => {
		const untitled = 'flowchart LR\n  a --> b';
		await expect(renderMermaid(untitled, { ...origin, number: 3 })).rejects.toThrow(
			/diagram 3 .*has no accTitle/,
		);
	});

	it('gives a timeline the <title> Mermaid leaves out', async () => {
		const timeline = 'timeline\n  accTitle: Go releases\n  2012 : Go 1.0\n  2022 : Generics';
		const element = parseSvg(await renderMermaid(timeline, origin));
		const title = element.children.find(
			(child) => child.type === 'element' && child.tagName === 'title',
		);
		expect(title?.type === 'element' && title.properties['id']).toBeTruthy();
		expect(element.properties['ariaLabelledBy']).toEqual([
			title?.type === 'element' ? title.properties['id'] : '',
		]);
	});
});

describe('rehypeMermaid', () => {
	const markdownHtml = `<p>Before</p><pre><code class="language-mermaid">${flowchart}</code></pre><pre><code class="language-go">package main</code></pre>`;

	async function transform(html: string): Promise<{ tree: Root; file: VFile }> {
		const file = new VFile({
			path: join(process.cwd(), 'content/apps/docker/en.mdx'),
			data: { astro: { frontmatter: {} } },
		});
		const tree = await unified()
			.use(rehypeMermaid)
			.run(fromHtml(html, { fragment: true }), file);
		return { tree, file };
	}

	it('replaces a mermaid block by figure.diagram > svg and leaves other code alone', async () => {
		const { tree, file } = await transform(markdownHtml);
		const html = toHtml(tree);
		expect(html).toMatch(/<figure class="diagram"><svg [^>]*role="img"/);
		expect(html).toContain('<code class="language-go">package main</code>');
		expect(html).not.toContain('language-mermaid');
		expect(file.data.astro?.frontmatter?.['clientDiagrams']).toBeUndefined();
	});

	it('names the file and the diagram when a diagram is broken', async () => {
		const broken = `<pre><code class="language-mermaid">${flowchart}</code></pre><pre><code class="language-mermaid">flowchart LR\n  accTitle: x\n  a --></code></pre>`;
		await expect(transform(broken)).rejects.toThrow(/diagram 2 .*content\/apps\/docker\/en\.mdx/);
	});

	it('with DIAGRAMS=browser leaves the source in pre.mermaid and flags the page', async () => {
		process.env['DIAGRAMS'] = 'browser';
		const { tree, file } = await transform(markdownHtml);
		const html = toHtml(tree);
		expect(html).toContain(
			`<figure class="diagram"><pre class="mermaid">${flowchart}</pre></figure>`,
		);
		expect(html).not.toContain('<svg');
		expect(file.data.astro?.frontmatter?.['clientDiagrams']).toBe(true);
	});

	// The one warning per build comes from the diagrams integration (tests/e2e/diagrams-and-code).
	it('without Chromium falls back to the browser, leaving the warning to the integration', async () => {
		process.env['CHROMIUM_PATH'] = join(cacheDirectory, 'no-chromium-here');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const first = await transform(markdownHtml);
		const second = await transform(markdownHtml);
		expect(toHtml(first.tree)).toContain('<pre class="mermaid">');
		expect(second.file.data.astro?.frontmatter?.['clientDiagrams']).toBe(true);
		expect(warn).not.toHaveBeenCalled();
	});
});
