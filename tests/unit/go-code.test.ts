/**
 * Every Go block the content publishes is real, gofmt-formatted Go: each ```go fence not marked
 * `fragment` goes through `gofmt` (Debian: golang-go), and a failure names the file and the line.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '@/plugins/shiki-code-meta';
import { contentCodeFences, type CodeFence } from '../support/code-fences';

const goBlocks = contentCodeFences().filter((fence) => fence.language === 'go');
const checkedBlocks = goBlocks.filter((fence) => !parseCodeMeta(fence.meta).fragment);

const howToFix =
	'Fix the code so that gofmt accepts it unchanged, or, if the block is knowingly an excerpt, ' +
	'add the word fragment to its fence: ```go title="…" fragment';

function runGofmt(code: string) {
	const result = spawnSync('gofmt', [], { input: code, encoding: 'utf8' });
	if (result.error) {
		throw new Error(
			`gofmt could not be run (${result.error.message}): install Go's tools (Debian: apt-get install -y golang-go)`,
		);
	}
	return result;
}

/** `<standard input>:3:5: expected …` becomes `content/…/en.mdx:14:5: expected …`. */
function inContentFile(gofmtErrors: string, block: CodeFence): string {
	return gofmtErrors
		.trim()
		.replace(
			/<standard input>:(\d+):/g,
			(_, line: string) => `${block.file}:${block.firstLine + Number(line) - 1}:`,
		);
}

/** Where gofmt's output first differs from the block, as `file:line` with both versions. */
function firstDifference(block: CodeFence, formatted: string): string {
	const written = block.code.split('\n');
	const wanted = formatted.split('\n');
	const index = written.findIndex((line, i) => line !== wanted[i]);
	const at = index === -1 ? written.length : index;
	return [
		`${block.file}:${block.firstLine + at}: gofmt would change this Go block.`,
		`  written: ${JSON.stringify(written[at] ?? '')}`,
		`  gofmt:   ${JSON.stringify(wanted[at] ?? '')}`,
	].join('\n');
}

describe('Go code in the content', () => {
	it('finds the Go blocks of every application page', () => {
		// Each of the 27 applications shows Go in both languages; fewer blocks means the extraction
		// broke, and the checks below would pass without checking anything.
		expect(goBlocks.length).toBeGreaterThanOrEqual(54);
		expect(checkedBlocks.length).toBeGreaterThanOrEqual(27);
	});

	it.each(checkedBlocks.map((block) => [`${block.file}:${block.firstLine}`, block] as const))(
		'%s is accepted by gofmt unchanged',
		(_, block) => {
			const result = runGofmt(block.code);
			if (result.status !== 0) {
				expect.fail(
					`${block.file}:${block.firstLine}: gofmt rejects this Go block:\n` +
						`${inContentFile(result.stderr, block)}\n${howToFix}`,
				);
			}
			if (result.stdout !== block.code) {
				expect.fail(`${firstDifference(block, result.stdout)}\n${howToFix}`);
			}
		},
	);
});
