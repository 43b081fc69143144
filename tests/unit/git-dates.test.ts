/**
 * "Last updated" dates from git history, in real repositories made for the test: a full clone
 * gives each file the date of its last commit; a shallow clone gives no date where the clone
 * cannot know it; a folder outside git gives none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastChange, readGitHistory } from '@/lib/git-dates';

const firstDate = '2024-01-02T03:04:05Z';
const secondDate = '2025-06-07T08:09:10Z';

function git(cwd: string, args: string[], date?: string): string {
	return execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Test',
			GIT_AUTHOR_EMAIL: 'test@example.org',
			GIT_COMMITTER_NAME: 'Test',
			GIT_COMMITTER_EMAIL: 'test@example.org',
			...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
		},
	});
}

let origin: string;

beforeAll(async () => {
	// Two commits: the first adds facts.yaml and en.mdx, the second changes en.mdx only.
	origin = await mkdtemp(join(tmpdir(), 'git-dates-'));
	git(origin, ['init', '-q', '-b', 'main']);
	await writeFile(join(origin, 'facts.yaml'), 'name: Sample\n');
	await writeFile(join(origin, 'en.mdx'), 'First words.\n');
	git(origin, ['add', '.']);
	git(origin, ['commit', '-q', '-m', 'Add sample'], firstDate);
	await writeFile(join(origin, 'en.mdx'), 'Better words.\n');
	git(origin, ['commit', '-q', '-am', 'Reword sample'], secondDate);
});

describe('dates from a full history', () => {
	it('gives each file the date of the last commit that changed it', () => {
		const history = readGitHistory(origin);
		expect(history.shallow).toBe(false);
		expect(lastChange(history, ['facts.yaml'])).toEqual(new Date(firstDate));
		expect(lastChange(history, ['en.mdx'])).toEqual(new Date(secondDate));
		expect(lastChange(history, ['facts.yaml', 'en.mdx'])).toEqual(new Date(secondDate));
	});

	it('gives no date for a file git does not know', () => {
		expect(lastChange(readGitHistory(origin), ['facts.yaml', 'new.mdx'])).toBeUndefined();
	});
});

describe('dates from a shallow clone', () => {
	it('gives no date where the change may be older than the clone, and the date where it is not', async () => {
		const clone = join(await mkdtemp(join(tmpdir(), 'git-dates-shallow-')), 'clone');
		git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
		const history = readGitHistory(clone);
		expect(history.shallow).toBe(true);
		// The one commit of the clone is a boundary: facts.yaml may be older than it.
		expect(lastChange(history, ['facts.yaml'])).toBeUndefined();
		expect(lastChange(history, ['en.mdx'])).toBeUndefined();

		const deeper = join(await mkdtemp(join(tmpdir(), 'git-dates-shallow-')), 'clone');
		git(tmpdir(), ['clone', '-q', '--depth', '2', `file://${origin}`, deeper]);
		const history2 = readGitHistory(deeper);
		expect(lastChange(history2, ['en.mdx'])).toEqual(new Date(secondDate));
		expect(lastChange(history2, ['facts.yaml'])).toBeUndefined();
		// facts.yaml changed at the boundary or before, en.mdx after it: the page's date is known.
		expect(lastChange(history2, ['facts.yaml', 'en.mdx'])).toEqual(new Date(secondDate));
	});
});

it('gives no dates outside a git work tree', async () => {
	const folder = await mkdtemp(join(tmpdir(), 'no-git-'));
	expect(readGitHistory(folder).files.size).toBe(0);
});
