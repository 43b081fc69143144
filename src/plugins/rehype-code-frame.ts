/**
 * Frames every block Shiki highlighted: a header with its title (or, without one, its language)
 * and a copy button, above the `<pre>`. Runs after Shiki, which Astro always places before the
 * user's rehype plugins. The button's behaviour is src/scripts/copy-code.ts.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/ui';
import { localeOfContentFile, type Locale } from '../lib/locales';

function isShikiBlock(node: Element): boolean {
	if (node.tagName !== 'pre') return false;
	// Astro's own Shiki transformer writes the class as a string, not hast's usual className list.
	const className = node.properties['className'] ?? node.properties['class'];
	const classes = Array.isArray(className) ? className : String(className ?? '').split(' ');
	return classes.includes('astro-code');
}

/** Two sheets of paper, drawn with the text colour. */
const copyIcon: Element = {
	type: 'element',
	tagName: 'svg',
	properties: { viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true' },
	children: [
		{
			type: 'element',
			tagName: 'path',
			properties: {
				d: 'M5.5 5.5h8v9h-8zM2.5 10.5v-9h8',
				fill: 'none',
				stroke: 'currentColor',
				strokeWidth: '1.5',
			},
			children: [],
		},
	],
};

function codeFrameHeader(label: string, isTitle: boolean, locale: Locale): Element {
	const { copyCode: copy, codeCopied: copied } = useTranslations(locale);
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['code-frame-header'] },
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: { className: [isTitle ? 'code-frame-title' : 'code-frame-language'] },
				children: [{ type: 'text', value: label }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['copy-status'], role: 'status', ariaLive: 'polite' },
				children: [],
			},
			{
				type: 'element',
				tagName: 'button',
				// Hidden by CSS when JavaScript is off ([data-needs-js]): the button would do nothing.
				properties: {
					type: 'button',
					className: ['copy-code'],
					dataCopyCode: true,
					dataCopied: copied,
					ariaLabel: copy,
					// The tooltip an icon-only button owes to mouse users.
					title: copy,
					dataNeedsJs: true,
				},
				children: [structuredClone(copyIcon)],
			},
		],
	};
}

export function rehypeCodeFrame() {
	return () => (tree: Root, file: VFile) => {
		const locale = localeOfContentFile(file.path);
		visit(tree, 'element', (pre, index, parent) => {
			if (!parent || index === undefined || !isShikiBlock(pre)) return;
			const title = pre.properties['dataTitle'];
			delete pre.properties['dataTitle'];
			const label =
				typeof title === 'string' ? title : String(pre.properties['dataLanguage'] ?? '');
			parent.children[index] = {
				type: 'element',
				tagName: 'figure',
				properties: { className: ['code-frame'] },
				children: [codeFrameHeader(label, typeof title === 'string', locale), pre],
			};
			return SKIP;
		});
	};
}
