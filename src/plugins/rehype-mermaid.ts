/**
 * Replaces each Mermaid code block (`pre > code.language-mermaid`, left alone by Shiki through
 * `excludeLangs`) with `<figure class="diagram">` holding the diagram as inline SVG.
 *
 * Without Chromium the figure holds the source in `<pre class="mermaid">` instead, and the page's
 * frontmatter gets `clientDiagrams: true` (read as `remarkPluginFrontmatter`), so that the layout
 * adds `ClientDiagrams.astro` to that page only. `DIAGRAMS=browser` forces this path (tests use it).
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isBuildTimeRenderingAvailable, renderMermaid } from '../lib/mermaid-renderer';

interface MermaidBlock {
	parent: Root | Element;
	index: number;
	source: string;
	line: number | undefined;
}

function isMermaidCode(node: ElementContent): node is Element {
	if (node.type !== 'element' || node.tagName !== 'code') return false;
	const className = node.properties['className'];
	return Array.isArray(className) && className.includes('language-mermaid');
}

function findMermaidBlocks(tree: Root): MermaidBlock[] {
	const blocks: MermaidBlock[] = [];
	visit(tree, 'element', (node, index, parent) => {
		if (node.tagName !== 'pre' || index === undefined || !parent) return undefined;
		const code = node.children.find(isMermaidCode);
		if (!code) return undefined;
		blocks.push({
			parent,
			index,
			source: toText(code, { whitespace: 'pre' }),
			line: node.position?.start.line,
		});
		return SKIP;
	});
	return blocks;
}

function figure(children: ElementContent[]): Element {
	return { type: 'element', tagName: 'figure', properties: { className: ['diagram'] }, children };
}

function inlineSvg(svg: string): ElementContent[] {
	const fragment = fromHtml(svg, { fragment: true, space: 'svg' });
	return fragment.children.filter(
		(child: RootContent): child is ElementContent => child.type !== 'doctype',
	);
}

function sourceForBrowser(source: string): Element {
	return {
		type: 'element',
		tagName: 'pre',
		properties: { className: ['mermaid'] },
		children: [{ type: 'text', value: source }],
	};
}

function markPageForClientDiagrams(file: VFile): void {
	const astro = (file.data.astro ??= {});
	(astro.frontmatter ??= {})['clientDiagrams'] = true;
}

/** Without Chromium (the diagrams integration says so once per build), or when asked to. */
function drawInBrowser(): boolean {
	return process.env['DIAGRAMS'] === 'browser' || !isBuildTimeRenderingAvailable();
}

export const rehypeMermaid: Plugin<[], Root> = function () {
	return async (tree, file) => {
		const blocks = findMermaidBlocks(tree);
		if (blocks.length === 0) return;
		if (drawInBrowser()) {
			for (const { parent, index, source } of blocks)
				parent.children[index] = figure([sourceForBrowser(source)]);
			markPageForClientDiagrams(file);
			return;
		}
		const path = file.path ? relative(process.cwd(), file.path) : '(unnamed file)';
		await Promise.all(
			blocks.map(async ({ parent, index, source, line }, position) => {
				const svg = await renderMermaid(source, { file: path, number: position + 1, line });
				parent.children[index] = figure(inlineSvg(svg));
			}),
		);
	};
};
