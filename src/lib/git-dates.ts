/**
 * When content files last changed, from git history: the "Last updated" date of a page.
 *
 * One `git log` reads the dates of every file at once (a page per process would be thousands of
 * processes for a large catalogue). A shallow clone, which CI checkouts often are, holds only its
 * newest commits: a file whose newest commit in the clone is a shallow boundary may have changed
 * long before, so its date is only an upper bound. Such a page gets no date rather than a wrong
 * one, and the build says once how to get the dates (fetch the whole history).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

export interface FileDate {
	date: Date;
	/** True when the date is that of a shallow boundary commit: the file may be older. */
	upperBound: boolean;
}

export interface GitHistory {
	/** Last commit date of each file, by path relative to the project root. */
	files: Map<string, FileDate>;
	shallow: boolean;
}

const commitLine = /^([0-9a-f]{40}) (\S+)$/;

function git(root: string, args: string[]): string {
	return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
		maxBuffer: 256 * 1024 * 1024,
	});
}

function shallowBoundaries(root: string): Set<string> {
	const path = git(root, ['rev-parse', '--git-path', 'shallow']).trim();
	const file = isAbsolute(path) ? path : join(root, path);
	if (!existsSync(file)) return new Set();
	return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

/** Reads the history of `root` (a project inside a git work tree); empty outside of one. */
export function readGitHistory(root: string): GitHistory {
	const files = new Map<string, FileDate>();
	let boundaries: Set<string>;
	let log: string;
	try {
		boundaries = shallowBoundaries(root);
		log = git(root, [
			'log',
			'--no-renames',
			'--format=%H %cI',
			'--name-only',
			'--relative',
			'--',
			'.',
		]);
	} catch {
		// Not a git work tree (a source archive, a test fixture) or no git at all: no dates.
		return { files, shallow: false };
	}
	let current: FileDate | undefined;
	for (const line of log.split('\n')) {
		const commit = commitLine.exec(line);
		if (commit?.[1] && commit[2]) {
			current = { date: new Date(commit[2]), upperBound: boundaries.has(commit[1]) };
		} else if (line && current && !files.has(line)) {
			// The log runs newest first: the first commit that names a file is its last change.
			files.set(line, current);
		}
	}
	return { files, shallow: boundaries.size > 0 };
}

/**
 * The last change of a page made from `paths`: the newest of their dates, or undefined when a
 * file has no date, or when a shallow boundary could hide a newer change than the newest known.
 */
export function lastChange(history: GitHistory, paths: readonly string[]): Date | undefined {
	let exact: Date | undefined;
	let bound: Date | undefined;
	for (const path of paths) {
		const found = history.files.get(path);
		if (!found) return undefined;
		if (found.upperBound) {
			if (!bound || found.date > bound) bound = found.date;
		} else if (!exact || found.date > exact) exact = found.date;
	}
	if (bound && (!exact || bound > exact)) return undefined;
	return exact;
}

let projectHistory: GitHistory | undefined;
let warnedShallow = false;

/** `lastChange` for files of this project (paths relative to it, or absolute), read once. */
export function lastUpdated(
	paths: readonly string[],
	root: string = process.cwd(),
): Date | undefined {
	projectHistory ??= readGitHistory(root);
	const relativePaths = paths.map((path) => (isAbsolute(path) ? relative(root, path) : path));
	const date = lastChange(projectHistory, relativePaths);
	if (!date && projectHistory.shallow && !warnedShallow) {
		warnedShallow = true;
		console.warn(
			'git history is shallow: pages last changed before the clone show no "Last updated" date. Fetch the whole history for them (git fetch --unshallow; on GitHub Actions, actions/checkout with fetch-depth: 0).',
		);
	}
	return date;
}
