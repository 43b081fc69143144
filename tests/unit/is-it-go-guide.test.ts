/**
 * The guide "Is it Go?" runs as written: its titled bash blocks, read from the English page with
 * BINARY replaced by a real file, must reach the guide's conclusion on a Go program built here, on
 * esbuild's binary (Go, but built without Go's build information), and on two programs that are
 * not Go (/bin/ls in C, Pagefind in Rust). The Chinese page must show the same commands.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCodeMeta } from '@/plugins/shiki-code-meta';
import { codeFences } from '../support/code-fences';

const guide = (locale: string) => `content/pages/guides/is-it-go/${locale}.mdx`;

function bashBlocks(locale: string) {
	const file = guide(locale);
	return codeFences(file, readFileSync(file, 'utf8'))
		.filter((fence) => fence.language === 'bash')
		.map((fence) => ({
			title: parseCodeMeta(fence.meta).title,
			command: fence.code.trim(),
			line: fence.firstLine,
		}));
}

type Kind = 'go' | 'goWithoutBuildInfo' | 'notGo';

interface Outcome {
	/** Standard output and standard error together, as a reader sees them in a terminal. */
	output: string;
	status: number;
}

/** What `grep` prints and returns when it finds nothing. */
const nothing = { output: '', status: 1 };

/**
 * What the guide says each command shows, by the title of its block: the test asserts it for the
 * three kinds of binary.
 */
const guideSays: Record<string, Record<Kind, (outcome: Outcome) => void>> = {
	'Ask the Go toolchain': {
		go: ({ output }) => {
			expect(output).toMatch(/^\S+: go1\.\d+/);
			expect(output).toMatch(/^\tpath\t/m);
		},
		goWithoutBuildInfo: ({ output }) => expect(output).toContain('not a Go executable'),
		notGo: ({ output }) => expect(output).toContain('not a Go executable'),
	},
	'List the ELF notes': {
		go: ({ output }) => {
			expect(output).toContain('.note.go.buildid');
			expect(output).toMatch(/^\s+Go\s+0x[0-9a-f]+\s+GO BUILDID/m);
		},
		goWithoutBuildInfo: ({ output }) => expect(output.trim()).toBe(''),
		notGo: ({ output }) => expect(output).not.toMatch(/^\s+Go\s/m),
	},
	'Let file read the note': {
		go: ({ output }) => expect(output).toContain('Go BuildID='),
		goWithoutBuildInfo: ({ output }) => {
			expect(output).toContain('statically linked');
			expect(output).not.toMatch(/\bGo\b/);
		},
		notGo: ({ output }) => expect(output).not.toMatch(/\bGo\b/),
	},
	'Look for the build-info section': {
		go: ({ output }) => expect(output).toContain('.go.buildinfo'),
		goWithoutBuildInfo: ({ output, status }) => expect({ output, status }).toEqual(nothing),
		notGo: ({ output, status }) => expect({ output, status }).toEqual(nothing),
	},
	'Look for the PC-line table': {
		go: ({ output }) => expect(output).toContain('.gopclntab'),
		goWithoutBuildInfo: ({ output }) => expect(output).toContain('.gopclntab'),
		notGo: ({ output, status }) => expect({ output, status }).toEqual(nothing),
	},
	"Look for any of Go's sections": {
		go: ({ output }) => {
			for (const name of ['.note.go.buildid', '.go.buildinfo', '.gopclntab'])
				expect(output).toContain(name);
		},
		goWithoutBuildInfo: ({ output }) => expect(output).toContain('gopclntab'),
		notGo: ({ output, status }) => expect({ output, status }).toEqual(nothing),
	},
	"Look for the Go runtime's function names": {
		go: ({ output }) => expect(Number(output)).toBeGreaterThan(0),
		goWithoutBuildInfo: ({ output }) => expect(Number(output)).toBeGreaterThan(0),
		notGo: ({ output }) => expect(output.trim()).toBe('0'),
	},
	"The source article's check, without the grep": {
		go: ({ output }) => {
			expect(output.trim()).toBe('There is no dynamic section in this file.');
		},
		goWithoutBuildInfo: ({ output }) => {
			expect(output.trim()).toBe('There is no dynamic section in this file.');
		},
		// A dynamically linked program has a dynamic section, but no line of it says "Go build".
		notGo: ({ output }) => expect(output).not.toContain('Go build'),
	},
};

const goProgram = { name: 'a Go program built here', kind: 'go' as const, path: '' };
const binaries = [
	goProgram,
	{
		name: "esbuild's binary",
		kind: 'goWithoutBuildInfo' as const,
		path: 'node_modules/@esbuild/linux-x64/bin/esbuild',
	},
	{ name: '/bin/ls', kind: 'notGo' as const, path: '/bin/ls' },
	{
		name: "Pagefind's binary",
		kind: 'notGo' as const,
		path: 'node_modules/@pagefind/linux-x64/bin/pagefind_extended',
	},
];

const folder = mkdtempSync(join(tmpdir(), 'bwg-is-it-go-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
	for (const { name, path } of binaries.filter((binary) => binary !== goProgram)) {
		if (!existsSync(path)) {
			throw new Error(`${name} is not at ${path}: run npm ci (the packages are for linux-x64)`);
		}
	}
	// The smallest Go program, as the guide's samples use: the Go toolchain that provides gofmt
	// (Debian: golang-go) builds it in well under a second, without a network.
	writeFileSync(join(folder, 'main.go'), 'package main\n\nfunc main() {}\n');
	goProgram.path = join(folder, 'hello');
	const build = spawnSync('go', ['build', '-o', goProgram.path, 'main.go'], {
		cwd: folder,
		encoding: 'utf8',
		env: { ...process.env, GOCACHE: join(folder, 'cache'), GOPROXY: 'off', GOFLAGS: '' },
	});
	if (build.error || build.status !== 0) {
		throw new Error(
			`could not build a Go program to run the guide on (${build.error?.message ?? build.stderr}): install Go (Debian: apt-get install -y golang-go)`,
		);
	}
});

function run(command: string, binary: string): Outcome {
	const line = command.replaceAll('BINARY', `'${binary}'`);
	const result = spawnSync('bash', ['-c', `${line} 2>&1`], { encoding: 'utf8' });
	if (result.status === 127) {
		throw new Error(
			`the guide's command \`${command}\` needs a program that is not installed: ${result.stdout.trim()}`,
		);
	}
	return { output: result.stdout, status: result.status ?? 1 };
}

describe('the guide "Is it Go?"', () => {
	const english = bashBlocks('en');

	it('has a known expected outcome for every titled bash command, and a command for every one', () => {
		const titles = english.map(({ title, line }) => {
			if (title === undefined)
				throw new Error(`${guide('en')}:${line}: give this bash block a title`);
			return title;
		});
		expect(
			titles.filter((title) => !(title in guideSays)),
			'a new command in the guide: add what it shows to guideSays in this test',
		).toEqual([]);
		expect(
			Object.keys(guideSays).filter((title) => !titles.includes(title)),
			'a command of this test is no longer in the guide (renamed block?)',
		).toEqual([]);
	});

	it('shows the same commands in Chinese as in English', () => {
		const commandsOf = (blocks: ReturnType<typeof bashBlocks>) =>
			blocks.map((block) => block.command);
		expect(commandsOf(bashBlocks('zh'))).toEqual(commandsOf(english));
	});

	const checks = english.flatMap(({ title, command }) => {
		const says = title === undefined ? undefined : guideSays[title];
		return says ? [{ title, command, says }] : [];
	});
	describe.each(checks)('$title: $command', ({ command, says }) => {
		it.each(binaries)('shows what the guide says on $name', ({ kind, path }) => {
			says[kind](run(command, path));
		});
	});
});
