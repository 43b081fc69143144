/**
 * Builds a small site from the project's engine and a given set of content files, in a temporary
 * folder: for tests of what an author's mistake does to the build, or of other build modes. Or
 * builds the project's own content again, for a test that builds are repeatable.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, join, relative } from 'node:path';

const engine = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const project = process.cwd();

export interface FixtureBuild {
	/** The build's exit status. */
	status: number;
	/** Everything the build printed, stdout and stderr together. */
	output: string;
	/** The folder the site was built into. */
	dist: string;
}

/** A minimal valid catalogue: one domain, one application in both languages, no pages. */
export const minimalContent: Record<string, string> = {
	'content/domains/containers.yaml': `order: 1
name: { en: Containers, zh: 容器 }
description: { en: Running software in isolated containers., zh: 在隔离的容器中运行软件。 }
goFit: { en: Go builds static binaries., zh: Go 编译出静态二进制。 }
`,
	'content/apps/sample/facts.yaml': `name: Sample
aliases: [sample-alias]
domain: containers
goStatus: core
components:
  - name: sampled
    language: Go
organisation: Sample Inc.
repositories: [https://github.com/example/sample]
website: https://example.com/
license: MIT
firstRelease: 2015
related: []
sources:
  - title: Repository
    url: https://github.com/example/sample
  - title: Documentation
    url: https://example.com/docs/
claims:
  - verdict: accurate
    claim: { en: Sample is written in Go., zh: Sample 用 Go 编写。 }
    note: { en: Its repository is a Go module., zh: 它的仓库是一个 Go 模块。 }
`,
	'content/apps/sample/en.mdx': `---
tagline: A sample application.
summary: A sample application used by the tests.
---

Sample is an application.

## How it works

\`\`\`mermaid
flowchart TD
  accTitle: Sample flow
  client --> server
\`\`\`

\`\`\`go title="main.go"
package main

func main() {}
\`\`\`
`,
	'content/apps/sample/zh.mdx': `---
tagline: 一个示例应用。
summary: 测试用的示例应用。
---

Sample 是一个应用。

## 工作原理

\`\`\`mermaid
flowchart TD
  accTitle: 示例流程
  客户端 --> 服务端
\`\`\`
`,
};

/**
 * Astro keeps its content store in node_modules/.astro and Vite its caches in node_modules/.vite:
 * shared, two builds at once would read each other's content. A fixture gets its own.
 */
const perBuildCaches = new Set(['.astro', '.vite']);

/** A temporary project with the engine of this one (its packages linked) and `entries` copied. */
async function copyProject(entries: readonly string[]): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'bwg-fixture-'));
	await Promise.all(
		entries.map((entry) => cp(join(project, entry), join(root, entry), { recursive: true })),
	);
	await mkdir(join(root, 'node_modules'));
	const packages = await readdir(join(project, 'node_modules'));
	await Promise.all(
		packages
			.filter((name) => !perBuildCaches.has(name))
			.map((name) =>
				symlink(join(project, 'node_modules', name), join(root, 'node_modules', name)),
			),
	);
	return root;
}

function build(root: string, env: Record<string, string>): Promise<FixtureBuild> {
	// This Node, not whichever `node` the PATH finds first: Astro 7 needs the project's Node 24.
	const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((resolve) => {
		// Vitest copies its import.meta.env into process.env; Astro would take an inherited BASE_URL
		// over the configured base, so the build gets the environment without it.
		const inherited = { ...process.env };
		delete inherited['BASE_URL'];
		const child = spawn(process.execPath, [astro, 'build'], {
			cwd: root,
			env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('close', (status) =>
			// CI=true makes Astro colour its output; colour codes would split the words tests look for.
			resolve({
				status: status ?? 1,
				output: stripVTControlCharacters(output),
				dist: join(root, 'dist'),
			}),
		);
	});
}

/** The files under `folder` (a fixture in tests/fixtures/), by path relative to it. */
export async function readFixtureFolder(folder: string): Promise<Record<string, string>> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	return Object.fromEntries(
		await Promise.all(
			files.map(async (file) => [relative(folder, file), await readFile(file, 'utf8')]),
		),
	);
}

/**
 * Builds `content` (paths relative to the project root; `undefined` removes a minimal file) with
 * the project's engine. `env` adds environment variables to the build.
 */
export async function buildFixtureSite(
	content: Record<string, string | undefined>,
	env: Record<string, string> = {},
): Promise<FixtureBuild> {
	const root = await copyProject(engine);
	for (const [path, text] of Object.entries({ ...minimalContent, ...content })) {
		if (text === undefined) continue;
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	return build(root, env);
}

/**
 * Builds the project's own content once more, in a temporary copy: a second build of the same
 * sources. It reads this project's git history (the pages' "Last updated" dates) through GIT_DIR.
 */
export async function buildProjectCopy(env: Record<string, string> = {}): Promise<FixtureBuild> {
	const root = await copyProject([...engine, 'content']);
	const gitDir = join(project, '.git');
	return build(root, { ...(existsSync(gitDir) ? { GIT_DIR: gitDir } : {}), ...env });
}

/** Deletes the temporary project of a fixture build, once a test is done with it. */
export function removeFixtureSite(build: FixtureBuild): Promise<void> {
	return rm(dirname(build.dist), { recursive: true, force: true });
}
