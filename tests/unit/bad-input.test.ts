/**
 * What an author's mistake does to the build. Each folder of tests/fixtures/bad-input/ holds the
 * files of one mistake, laid over the minimal valid site (one application, see
 * tests/support/fixture-site.ts); its build must fail with a message that names the file, the
 * field or line, and the fix.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureSite, readFixtureFolder, removeFixtureSite } from '../support/fixture-site';

const fixtures = 'tests/fixtures/bad-input';

interface Mistake {
	/** The folder in tests/fixtures/bad-input/. */
	fixture: string;
	/** The files the message must name. */
	files: string[];
	/** The field or line, and what the message says of it. */
	says: string | RegExp;
	/** How the message says to fix it. */
	fix: string;
}

const mistakes: Mistake[] = [
	{
		fixture: 'missing-field',
		files: ['content/apps/sample/facts.yaml'],
		says: 'website: is required',
		fix: 'add it (CONTRIBUTING.md describes every field)',
	},
	{
		fixture: 'wrong-type',
		files: ['content/apps/sample/facts.yaml'],
		says: 'repositories: must be a list',
		fix: '[first, second], or one "- …" line per item',
	},
	{
		fixture: 'invalid-url',
		files: ['content/apps/sample/facts.yaml'],
		says: 'website: must be a full https:// URL',
		fix: 'e.g. https://github.com/owner/repo',
	},
	{
		fixture: 'invalid-year',
		files: ['content/apps/sample/facts.yaml'],
		says: 'firstRelease:',
		fix: 'must be a four-digit year',
	},
	{
		fixture: 'unknown-domain',
		files: ['content/apps/sample/facts.yaml'],
		says: 'domain: "container" is not a domain of the catalogue',
		fix: 'Fix: use one of containers (did you mean "containers"?)',
	},
	{
		fixture: 'unknown-related',
		files: ['content/apps/sample/facts.yaml'],
		says: 'related: "kubernetes" is not an application of the catalogue',
		fix: 'Fix: use the folder name of an application in content/apps/',
	},
	{
		fixture: 'missing-translation',
		files: ['content/apps/other/facts.yaml'],
		says: 'the zh page is missing',
		fix: 'Fix: write content/apps/other/zh.mdx',
	},
	{
		fixture: 'duplicate-slug',
		files: ['content/apps/sample-alias/facts.yaml', 'content/apps/sample/facts.yaml'],
		// Whichever of the two files the build reads second is the one reported.
		says: /folder name: "sample-alias" is already an alias of sample|aliases: "sample-alias" is already the folder name of sample-alias/,
		fix: 'Fix: change it in one of the two files',
	},
	{
		fixture: 'duplicate-alias',
		files: ['content/apps/other/facts.yaml', 'content/apps/sample/facts.yaml'],
		says: /aliases: "sample-alias" is already an alias of (sample|other)\b/,
		fix: 'Fix: change it in one of the two files',
	},
	{
		fixture: 'mermaid-syntax-error',
		files: ['content/apps/sample/en.mdx'],
		says: 'Mermaid diagram 2 (line 18) in content/apps/sample/en.mdx could not be rendered',
		fix: 'Check the Mermaid syntax',
	},
	{
		fixture: 'unknown-code-language',
		files: ['content/apps/sample/en.mdx'],
		says: 'en.mdx:10: unknown code block language "golang"',
		fix: 'Use one of go, yaml, bash',
	},
	{
		fixture: 'claim-without-verdict',
		files: ['content/apps/sample/facts.yaml'],
		says: 'claims.0.verdict:',
		fix: 'give a verdict: one of accurate, inaccurate, unverified',
	},
	{
		fixture: 'source-not-url',
		files: ['content/apps/sample/facts.yaml'],
		says: 'sources.1.url: must be a full https:// URL',
		fix: 'e.g. https://github.com/owner/repo',
	},
];

/** Three builds at a time: each is mostly one Node process waiting on another. */
const buildSlots = createSlots(3);

function createSlots(size: number) {
	let free = size;
	const waiting: (() => void)[] = [];
	return async <T>(task: () => Promise<T>): Promise<T> => {
		if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
		else free -= 1;
		try {
			return await task();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else free += 1;
		}
	};
}

describe('a mistake in the content fails the build and says where and how to fix it', () => {
	it('every fixture is tested', async () => {
		expect((await readdir(fixtures)).sort()).toEqual(mistakes.map((m) => m.fixture).sort());
	});

	it.concurrent.each(mistakes)(
		'$fixture',
		async ({ fixture, files, says, fix }) => {
			const build = await buildSlots(async () =>
				buildFixtureSite(await readFixtureFolder(join(fixtures, fixture))),
			);
			await removeFixtureSite(build);
			expect(build.status, build.output).not.toBe(0);
			for (const file of files) expect(build.output).toContain(file);
			if (typeof says === 'string') expect(build.output).toContain(says);
			else expect(build.output).toMatch(says);
			expect(build.output).toContain(fix);
		},
		300_000,
	);
});
