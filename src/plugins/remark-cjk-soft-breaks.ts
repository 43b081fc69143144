/**
 * Joins lines of Chinese prose. Authors wrap long paragraphs; a line break inside a paragraph is
 * rendered as a space, which Chinese text does not have between characters (browsers do not drop
 * it). A break next to a Latin word or a number keeps its space: `用 Go\n编写` stays `用 Go 编写`.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** CJK ideographs, CJK punctuation and full-width forms. */
const cjk = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const breakBetweenCjk = new RegExp(`(?<=[${cjk}])[ \\t]*\\n[ \\t]*(?=[${cjk}])`, 'g');

export function joinCjkLines(text: string): string {
	return text.replace(breakBetweenCjk, '');
}

export function remarkCjkSoftBreaks() {
	return (tree: Root) => {
		visit(tree, 'text', (node: Text) => {
			node.value = joinCjkLines(node.value);
		});
	};
}
