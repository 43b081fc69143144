/**
 * `npm run new-app -- <slug>`: creates an application's three files from the template, refuses a
 * slug that exists or cannot be a URL; and no application of the catalogue keeps a TODO of the
 * template (the schema cannot see every one: a name "TODO display name" is a valid string).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = process.cwd();
// The project's own Node (24), as `npm run` uses: the script relies on its TypeScript support.
const node = join(project, 'node_modules', '.bin', 'node');
const script = join(project, 'scripts', 'new-app.ts');

let root: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'new-app-'));
	await mkdir(join(root, 'content', 'domains'), { recursive: true });
	await mkdir(join(root, 'content', 'apps', 'docker'), { recursive: true });
	await writeFile(join(root, 'content', 'domains', 'containers.yaml'), 'order: 1\n');
	await writeFile(join(root, 'content', 'domains', 'messaging.yaml'), 'order: 2\n');
});

async function newApp(...args: string[]) {
	try {
		const { stdout, stderr } = await run(node, [script, ...args], { cwd: root });
		return { status: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { status: failed.code, output: failed.stdout + failed.stderr };
	}
}

describe('npm run new-app', () => {
	it('creates facts.yaml, en.mdx and zh.mdx with every fact to fill in marked', async () => {
		const { status, output } = await newApp('my-app');
		expect(status).toBe(0);
		expect(output).toContain('content/apps/my-app/facts.yaml');
		const folder = join(root, 'content', 'apps', 'my-app');
		expect((await readdir(folder)).sort()).toEqual(['en.mdx', 'facts.yaml', 'zh.mdx']);
		const facts = await readFile(join(folder, 'facts.yaml'), 'utf8');
		for (const field of ['name', 'domain', 'goStatus', 'website', 'license', 'firstRelease'])
			expect(facts).toMatch(new RegExp(`^${field}: TODO`, 'm'));
		expect(facts).toContain('one of: containers, messaging');
		for (const locale of ['en', 'zh']) {
			const text = await readFile(join(folder, `${locale}.mdx`), 'utf8');
			expect(text).toMatch(/^tagline: TODO/m);
			expect(text).toMatch(/^summary: TODO/m);
			expect(text).toContain('accTitle: TODO');
		}
	});

	it('refuses a slug the catalogue has, and leaves its files alone', async () => {
		await writeFile(join(root, 'content', 'apps', 'docker', 'en.mdx'), 'Docker.\n');
		const { status, output } = await newApp('docker');
		expect(status).toBe(1);
		expect(output).toContain('content/apps/docker/ already exists');
		expect(await readFile(join(root, 'content', 'apps', 'docker', 'en.mdx'), 'utf8')).toBe(
			'Docker.\n',
		);
	});

	it.each([['My_App'], ['-app'], ['']])(
		'refuses "%s", which cannot be a URL segment',
		async (slug) => {
			const { status, output } = await newApp(...(slug ? [slug] : []));
			expect(status).toBe(1);
			expect(output).toMatch(/lower-case letters|Give the slug/);
			expect(existsSync(join(root, 'content', 'apps', slug))).toBe(slug === '');
		},
	);
});

it('leaves no TODO of the template in the catalogue', async () => {
	const apps = join(project, 'content', 'apps');
	const leftovers: string[] = [];
	for (const slug of await readdir(apps)) {
		for (const file of await readdir(join(apps, slug))) {
			const lines = (await readFile(join(apps, slug, file), 'utf8')).split('\n');
			lines.forEach((line, index) => {
				if (/\bTODO\b/.test(line))
					leftovers.push(`content/apps/${slug}/${file}:${index + 1}: ${line.trim()}`);
			});
		}
	}
	expect(leftovers, 'replace each TODO of `npm run new-app` with the fact it asks for').toEqual([]);
});
