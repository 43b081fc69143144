/**
 * `npm run bench:build`: how the build grows with the catalogue. For each size it builds a
 * synthetic catalogue (scripts/bench/synthetic-catalogue.ts) in a temporary copy of the project,
 * and prints build time, time per page, peak memory, the size of dist/ and of the search index,
 * and the bytes a reader fetches for a first search. Then it builds the largest again with
 * nothing changed and prints how many diagrams were rendered again (the goal is none).
 *
 *   npm run bench:build               # 100, 1,000 and 3,000 applications
 *   npm run bench:build -- 50 200     # other sizes
 *
 * Each size starts with empty caches of its own, so the first build renders every diagram and
 * link-preview card. The temporary folders are removed at the end unless BENCH_KEEP=1.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kilobytes, megabytes, textTable } from '../tests/support/text-table.ts';
import { firstQueryBytes } from './bench/first-query-bytes.ts';
import { sampleProcessTree } from './bench/process-tree.ts';
import { nameQuery, writeSyntheticCatalogue } from './bench/synthetic-catalogue.ts';

const engine = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** A word on one page in ten: its index chunk grows with the catalogue, unlike a name's. */
const commonQuery = 'gossip';

interface BuildRun {
	seconds: number;
	/** CPU time of the build and every process it started. */
	cpuSeconds: number;
	peakBytes: number;
	output: string;
}

/** A build still running when the benchmark is interrupted, to stop with it. */
let running: ReturnType<typeof spawn> | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		running?.kill(signal);
		process.exit(130);
	});
}

async function createProject(count: number): Promise<string> {
	const project = process.cwd();
	const root = await mkdtemp(join(tmpdir(), `bwg-bench-${count}-`));
	await Promise.all(
		engine.map((entry) => cp(join(project, entry), join(root, entry), { recursive: true })),
	);
	await symlink(join(project, 'node_modules'), join(root, 'node_modules'));
	await writeSyntheticCatalogue(project, root, count);
	return root;
}

/**
 * Runs `astro build` in `root`, with caches of the project's own, on this script's Node
 * (the project's Node 24 under `npm run`), whatever `node` the PATH holds.
 */
function build(root: string): Promise<BuildRun> {
	const started = performance.now();
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const child = spawn(process.execPath, [astro, 'build'], {
		cwd: root,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			// node_modules is linked to the project's: keep the synthetic renderings out of its caches.
			DIAGRAM_CACHE_DIR: join(root, '.cache/diagrams'),
			OG_IMAGE_CACHE_DIR: join(root, '.cache/og-images'),
		},
	});
	running = child;
	const usage = sampleProcessTree(child.pid ?? 0);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve, reject) => {
		child.on('close', async (status) => {
			running = undefined;
			const { peakBytes, cpuSeconds } = await usage.stop();
			if (status !== 0) {
				reject(new Error(`bench: the build in ${root} failed:\n${output.slice(-4000)}`));
				return;
			}
			resolve({
				seconds: (performance.now() - started) / 1000,
				cpuSeconds,
				peakBytes,
				output,
			});
		});
	});
}

async function folderBytes(path: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}

async function htmlPageCount(dist: string): Promise<number> {
	const entries = await readdir(dist, { recursive: true });
	return entries.filter((entry) => entry.endsWith('.html')).length;
}

/** `diagrams: N rendered, M from cache`, printed by src/integrations/diagrams.ts. */
function diagramCounts(output: string): { rendered: number; cached: number } {
	const match = /diagrams: (\d+) rendered, (\d+) from cache/.exec(output);
	if (!match) throw new Error('bench: the build printed no "diagrams: N rendered" line');
	return { rendered: Number(match[1]), cached: Number(match[2]) };
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
	throw new Error(
		'bench: sizes are whole numbers of applications, e.g. npm run bench:build -- 100',
	);
}
if (sizes.length === 0) sizes.push(100, 1000, 3000);

const rows: (string | number)[][] = [];
const runs: { pages: number; seconds: number; cpuSeconds: number }[] = [];
const roots: string[] = [];
try {
	for (const count of sizes) {
		console.log(`bench: building ${count} applications…`);
		const root = await createProject(count);
		roots.push(root);
		const run = await build(root);
		const dist = join(root, 'dist');
		const pages = await htmlPageCount(dist);
		const queryBytes = await firstQueryBytes(dist, [nameQuery, commonQuery]);
		const { rendered } = diagramCounts(run.output);
		console.log(
			`bench: ${pages} pages in ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s)`,
		);
		const previous = runs.at(-1);
		runs.push({ pages, seconds: run.seconds, cpuSeconds: run.cpuSeconds });
		rows.push([
			count,
			pages,
			rendered,
			run.seconds.toFixed(1),
			((run.seconds / pages) * 1000).toFixed(1),
			run.cpuSeconds.toFixed(1),
			((run.cpuSeconds / pages) * 1000).toFixed(1),
			// What each page added since the previous size: fixed costs (start-up, Vite) drop out.
			previous
				? (((run.cpuSeconds - previous.cpuSeconds) / (pages - previous.pages)) * 1000).toFixed(1)
				: '',
			megabytes(run.peakBytes),
			megabytes(await folderBytes(dist)),
			megabytes(await folderBytes(join(dist, 'pagefind'))),
			kilobytes(queryBytes.get(nameQuery) ?? 0),
			kilobytes(queryBytes.get(commonQuery) ?? 0),
		]);
	}
	console.log(
		`\n${textTable(
			[
				'apps',
				'pages',
				'diagrams',
				'build s',
				'ms/page',
				'CPU s',
				'CPU ms/page',
				'CPU ms/added page',
				'peak memory',
				'dist/',
				'pagefind/',
				`"${nameQuery}" first query`,
				`"${commonQuery}" first query`,
			],
			rows,
		)}`,
	);

	const [first, last] = [runs[0], runs.at(-1)];
	if (first && last) {
		const perPage = (key: 'seconds' | 'cpuSeconds') =>
			(last[key] / last.pages / (first[key] / first.pages)).toFixed(2);
		console.log(
			`per page, largest against smallest: ${perPage('seconds')}× wall time, ${perPage('cpuSeconds')}× CPU time (goal: at most 1.5×)`,
		);
	}

	const largest = roots.at(-1);
	if (largest) {
		console.log('\nbench: building the largest again with nothing changed…');
		const again = await build(largest);
		const { rendered, cached } = diagramCounts(again.output);
		console.log(
			`rebuild: ${again.seconds.toFixed(1)} s (CPU ${again.cpuSeconds.toFixed(1)} s), diagrams ${rendered} rendered again, ${cached} from cache`,
		);
	}
	console.log(
		'\nCPU and peak memory: the build with its Chromium and Pagefind processes, sampled every 0.2 s.' +
			'\nFirst query: Pagefind code, WebAssembly, index and the first 5 excerpts, gzipped.',
	);
} finally {
	if (process.env['BENCH_KEEP'] === '1') console.log(`bench: kept ${roots.join(' ')}`);
	else await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
}
