/**
 * Repeatable builds: the site built once more from the same sources, in a temporary copy and with
 * an empty diagram cache, so that Chromium draws every diagram again and Pagefind indexes anew,
 * is byte for byte the dist/ that `npm test` built. The site has no build stamp to set aside.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProjectCopy, removeFixtureSite } from '../support/fixture-site';

/** Every file under `root` with the SHA-256 of its bytes. */
async function fileHashes(root: string): Promise<Map<string, string>> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	return new Map(
		await Promise.all(
			files.map(async (file): Promise<[string, string]> => [
				relative(root, file),
				createHash('sha256')
					.update(await readFile(file))
					.digest('hex'),
			]),
		),
	);
}

describe('repeatable builds', () => {
	it('a second build of the same sources, diagrams drawn afresh, gives the same dist/', async () => {
		const diagramCache = await mkdtemp(join(tmpdir(), 'bwg-diagram-cache-'));
		const second = await buildProjectCopy({ DIAGRAM_CACHE_DIR: diagramCache });
		expect(second.status, second.output).toBe(0);
		expect(second.output).toMatch(/diagrams: [1-9]\d* rendered, 0 from cache/);

		const [first, again] = await Promise.all([fileHashes('dist'), fileHashes(second.dist)]);
		const paths = [...new Set([...first.keys(), ...again.keys()])].sort();
		const differing = paths.filter((path) => first.get(path) !== again.get(path));
		expect(differing, `compare dist/ with ${second.dist}`).toEqual([]);
		expect(paths.some((path) => path.startsWith('pagefind/'))).toBe(true);
		// Only a passing build is cleaned up: a failing one stays for comparing by hand.
		await Promise.all([removeFixtureSite(second), rm(diagramCache, { recursive: true })]);
	}, 300_000);
});
