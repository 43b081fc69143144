/**
 * The fenced code blocks of the content's Markdown and MDX files, for tests that check or run the
 * code authors publish (gofmt on Go blocks, the guide's shell commands).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CodeFence {
	/** The file, relative to the project root. */
	file: string;
	/** The fence's language, e.g. `go`; empty when it has none. */
	language: string;
	/** What the author wrote after the language: title, highlighted lines, flags. */
	meta: string;
	/** The code between the fences, ending with a newline. */
	code: string;
	/** The 1-based line in `file` of the code's first line. */
	firstLine: number;
}

const openingFence = /^(`{3,}|~{3,})\s*([^\s`~]*)\s*(.*)$/;

/** The fenced blocks of one Markdown text, in order; a block inside a longer fence is not one. */
export function codeFences(file: string, markdown: string): CodeFence[] {
	const lines = markdown.split('\n');
	const fences: CodeFence[] = [];
	for (let index = 0; index < lines.length; index++) {
		const opening = openingFence.exec(lines[index] ?? '');
		if (!opening) continue;
		const [, marker = '', language = '', meta = ''] = opening;
		// CommonMark: the closing fence uses the same character, at least as many times.
		const closing = new RegExp(`^${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
		const start = index + 1;
		let end = start;
		while (end < lines.length && !closing.test(lines[end] ?? '')) end++;
		const body = lines.slice(start, end);
		fences.push({
			file,
			language,
			meta: meta.trim(),
			code: body.length === 0 ? '' : `${body.join('\n')}\n`,
			firstLine: start + 1,
		});
		index = end;
	}
	return fences;
}

/** Every `.md` and `.mdx` file under `folder`, sorted, relative to the project root. */
function markdownFiles(folder = 'content'): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((path) => /\.mdx?$/.test(path))
		.map((path) => join(folder, path))
		.sort();
}

/** The fenced blocks of every Markdown and MDX file under `folder`. */
export function contentCodeFences(folder = 'content'): CodeFence[] {
	return markdownFiles(folder).flatMap((file) => codeFences(file, readFileSync(file, 'utf8')));
}
