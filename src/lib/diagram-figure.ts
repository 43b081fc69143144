/**
 * Draws a Mermaid diagram that a page generates (rather than one written in Markdown) through the
 * same rehype plugin as content diagrams: build-time SVG when Chromium is there, else the source
 * for the browser to draw, with the same error messages and cache.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeMermaid } from '../plugins/rehype-mermaid';

export interface DiagramFigure {
	/** `<figure class="diagram">` with the SVG, or with the source for the browser. */
	html: string;
	/** True when the page must load the browser fallback (`ClientDiagrams.astro`). */
	drawnInBrowser: boolean;
	/** The SVG's width in CSS pixels at its natural size; undefined when drawn in the browser. */
	naturalWidth: number | undefined;
}

/** `origin` names the diagram in error messages, e.g. `src/lib/overview-diagrams.ts (timeline)`. */
export async function renderDiagramFigure(source: string, origin: string): Promise<DiagramFigure> {
	const tree: Root = {
		type: 'root',
		children: [
			{
				type: 'element',
				tagName: 'pre',
				properties: {},
				children: [
					{
						type: 'element',
						tagName: 'code',
						properties: { className: ['language-mermaid'] },
						children: [{ type: 'text', value: source }],
					},
				],
			},
		],
	};
	const file = new VFile({ path: origin });
	const drawn = await unified().use(rehypeMermaid).run(tree, file);
	const html = toHtml(drawn);
	const viewBoxWidth = /<svg[^>]*\sviewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(html)?.[1];
	return {
		html,
		drawnInBrowser: file.data.astro?.frontmatter?.['clientDiagrams'] === true,
		naturalWidth: viewBoxWidth ? Math.round(Number(viewBoxWidth)) : undefined,
	};
}
