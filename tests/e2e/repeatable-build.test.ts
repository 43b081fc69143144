/**
 * Repeatable builds: two builds of the same sources, each in a temporary copy, are byte for byte
 * the same: one with an empty diagram cache, so that Chromium draws every diagram again, one with
 * the project's cache; Pagefind indexes both anew. The site has no build stamp to set aside.
 *
 * Both copies sit side by side in the temporary folder because the bundler's chunk names depend
 * on the path from the project to node_modules, which differs between a clone and its copies.
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
	it('two builds of the same sources, diagrams drawn afresh in one, give the same dist/', async () => {
		const diagramCache = await mkdtemp(join(tmpdir(), 'bwg-diagram-cache-'));
		const fresh = await buildProjectCopy({ DIAGRAM_CACHE_DIR: diagramCache });
		expect(fresh.status, fresh.output).toBe(0);
		expect(fresh.output).toMatch(/diagrams: [1-9]\d* rendered, 0 from cache/);
		const cached = await buildProjectCopy();
		expect(cached.status, cached.output).toBe(0);

		const [first, again] = await Promise.all([fileHashes(fresh.dist), fileHashes(cached.dist)]);
		const paths = [...new Set([...first.keys(), ...again.keys()])].sort();
		const differing = paths.filter((path) => first.get(path) !== again.get(path));
		expect(differing, `compare ${fresh.dist} with ${cached.dist}`).toEqual([]);
		expect(paths.some((path) => path.startsWith('pagefind/'))).toBe(true);
		// Only passing builds are cleaned up: failing ones stay for comparing by hand.
		await Promise.all([
			removeFixtureSite(fresh),
			removeFixtureSite(cached),
			rm(diagramCache, { recursive: true }),
		]);
	}, 480_000);
});
