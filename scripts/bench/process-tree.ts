/**
 * What a process and everything it starts use (a build runs Node, a headless Chromium for the
 * diagrams and the Pagefind binary side by side), sampled from Linux's /proc: the peak of their
 * resident memory added up, and their CPU time. CPU time, unlike wall time, does not grow when
 * other work shares the machine. Sampling misses what a process does in its last fraction of a
 * second and spikes shorter than the interval; for builds of minutes that is good enough, and it
 * needs no tool the machine may lack.
 */
import { readdir, readFile } from 'node:fs/promises';

const intervalMs = 200;
/** Linux reports CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const ticksPerSecond = 100;

interface ProcessSample {
	parent: number;
	residentBytes: number;
	cpuSeconds: number;
}

async function readProcess(pid: number): Promise<ProcessSample | undefined> {
	// A process can exit between listing /proc and reading its files.
	const [stat, status] = await Promise.all([
		readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined),
		readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined),
	]);
	if (!stat || !status) return undefined;
	// Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const residentKilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? '0';
	return {
		parent: Number(fields[1]),
		residentBytes: Number(residentKilobytes) * 1024,
		cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond,
	};
}

/** Every process whose chain of parents leads to `root`, with `root` itself. */
async function processTree(root: number): Promise<Map<number, ProcessSample>> {
	const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
	const all = new Map<number, ProcessSample>();
	await Promise.all(
		pids.map(async (pid) => {
			const sample = await readProcess(pid);
			if (sample) all.set(pid, sample);
		}),
	);
	const inTree = (pid: number): boolean => {
		for (let current = pid; current > 1; current = all.get(current)?.parent ?? 0)
			if (current === root) return true;
		return false;
	};
	return new Map([...all].filter(([pid]) => inTree(pid)));
}

export interface TreeUsage {
	peakBytes: number;
	cpuSeconds: number;
}

/** Starts sampling the tree of `pid`; `stop()` ends it and gives what the tree used. */
export function sampleProcessTree(pid: number): { stop(): Promise<TreeUsage> } {
	let peakBytes = 0;
	// The last CPU time seen of each process, kept after it exits.
	const cpu = new Map<number, number>();
	let sampling = Promise.resolve();
	const timer = setInterval(() => {
		sampling = sampling.then(async () => {
			const tree = await processTree(pid);
			let resident = 0;
			for (const [member, sample] of tree) {
				resident += sample.residentBytes;
				cpu.set(member, sample.cpuSeconds);
			}
			peakBytes = Math.max(peakBytes, resident);
		});
	}, intervalMs);
	return {
		async stop() {
			clearInterval(timer);
			await sampling;
			return { peakBytes, cpuSeconds: [...cpu.values()].reduce((sum, time) => sum + time, 0) };
		},
	};
}
