/**
 * Reads what an author writes after a fence's language, as in
 * ```` ```go title="main.go" {3-5} fragment ````, and applies it while Shiki builds the block.
 * The title only travels on the `<pre>` as `data-title`: rehype-code-frame renders it, so the
 * header markup lives in one place.
 */
import type { ShikiTransformer } from 'shiki';

export interface CodeMeta {
	title?: string;
	/** 1-based line numbers, ascending, without repeats. */
	highlightedLines: number[];
	/** The block is knowingly incomplete, so the gofmt check skips it. */
	fragment: boolean;
}

const titlePattern = /\btitle=(?:"([^"]*)"|'([^']*)')/;
const lineRangesPattern = /\{([^}]*)\}/;
const lineRangePattern = /^(\d+)(?:-(\d+))?$/;

export function parseCodeMeta(raw = ''): CodeMeta {
	const titleMatch = titlePattern.exec(raw);
	const title = titleMatch?.[1] ?? titleMatch?.[2];
	// Ranges and flags are read from what is left, so a title such as "{2} fragment.go" counts for
	// neither.
	const rest = raw.replace(titlePattern, ' ');
	const ranges = lineRangesPattern.exec(rest)?.[1];
	const flags = rest.replace(lineRangesPattern, ' ').split(/\s+/);
	return {
		...(title === undefined ? {} : { title }),
		highlightedLines: ranges === undefined ? [] : parseLineRanges(ranges),
		fragment: flags.includes('fragment'),
	};
}

function parseLineRanges(ranges: string): number[] {
	const lines = new Set<number>();
	for (const range of ranges.split(',')) {
		const match = lineRangePattern.exec(range.trim());
		const first = Number(match?.[1]);
		const last = Number(match?.[2] ?? match?.[1]);
		if (!match || first < 1 || last < first) {
			throw new Error(
				`code block: "${range.trim()}" in {${ranges}} is not a line or a range such as 3-5`,
			);
		}
		for (let line = first; line <= last; line++) lines.add(line);
	}
	return [...lines].sort((a, b) => a - b);
}

export function codeMeta(): ShikiTransformer {
	return {
		name: 'built-with-go:code-meta',
		pre(pre) {
			const raw = this.options.meta?.__raw;
			const { title, highlightedLines } = parseCodeMeta(raw);
			for (const lineNumber of highlightedLines) {
				const line = this.lines[lineNumber - 1];
				// A range past the end means the code changed under it: better to fail than to mark
				// the wrong lines.
				if (!line) {
					const count = this.lines.length;
					const lines = count === 1 ? '1 line' : `${count} lines`;
					throw new Error(
						`code block "${raw}" highlights line ${lineNumber}, but it has only ${lines}`,
					);
				}
				this.addClassToHast(line, 'highlighted');
			}
			if (title !== undefined) pre.properties['dataTitle'] = title;
		},
	};
}
