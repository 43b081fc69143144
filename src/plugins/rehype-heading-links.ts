/**
 * Gives every h2 and h3 of authored prose an id and a link to itself, so a reader can copy a link
 * to any section. Ids come from Astro's own slugger, so they match the table of contents.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/ui';
import { localeOfContentFile } from '../lib/locales';

export function rehypeHeadingLinks() {
	// Astro assigns ids after user plugins; doing it first lets the links point at them.
	const assignIds = rehypeHeadingIds() as (tree: Root, file: VFile) => void;
	return (tree: Root, file: VFile) => {
		assignIds(tree, file);
		const label = useTranslations(localeOfContentFile(file.path)).linkToHeading;
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
			const id = node.properties['id'];
			if (typeof id !== 'string') return;
			// No text inside the link: the "#" comes from CSS, so heading texts stay clean.
			node.children.push({
				type: 'element',
				tagName: 'a',
				properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: label },
				children: [],
			});
		});
	};
}
