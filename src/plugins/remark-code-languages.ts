/**
 * Fails the build on a code fence in a language Shiki does not know. Left alone, Shiki only warns
 * and renders the block as plain text, so a typo such as `golang` would ship unhighlighted.
 */
import type { Code, Root } from 'mdast';
import { bundledLanguages, isSpecialLang } from 'shiki';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Not highlighted by Shiki: drawn by the diagram plugin. */
const diagramLanguages = new Set(['mermaid']);

function isKnownCodeLanguage(language: string): boolean {
	// bundledLanguages has the aliases (`sh`, `yml`) too; isSpecialLang is `text`, `plain`, `ansi`…
	return (
		Object.hasOwn(bundledLanguages, language) ||
		isSpecialLang(language) ||
		diagramLanguages.has(language)
	);
}

export function remarkCodeLanguages() {
	return () => (tree: Root, file: VFile) => {
		visit(tree, 'code', (node: Code) => {
			// A fence without a language is plain text, which is fine.
			if (!node.lang || isKnownCodeLanguage(node.lang)) return;
			const lowerCase = node.lang.toLowerCase();
			const suggestion = isKnownCodeLanguage(lowerCase) ? ` Did you mean "${lowerCase}"?` : '';
			const where = `${file.path}:${node.position?.start.line ?? '?'}`;
			file.fail(
				`${where}: unknown code block language "${node.lang}".${suggestion}` +
					' Use one of go, yaml, bash, json, protobuf, rust, typescript, text …;' +
					' see https://shiki.style/languages',
				{ place: node.position, ruleId: 'code-language', source: 'remark-code-languages' },
			);
		});
	};
}
