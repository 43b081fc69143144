// `npm test`: builds the site once, then runs every unit and end-to-end test against that build,
// and ends with one summary line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	return result.status ?? 1;
}

if (run('npx', ['astro', 'build']) !== 0) {
	console.error('The site did not build; no test was run.');
	console.log('tests: 0 passed, 1 failed');
	process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), 'bwg-test-')), 'vitest.json');
const status = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`,
	...process.argv.slice(2),
]);
let passed = 0;
let failed = status === 0 ? 0 : 1;
try {
	const results = JSON.parse(readFileSync(report, 'utf8'));
	passed = results.numPassedTests;
	failed = results.numFailedTests;
	if (status !== 0 && failed === 0) failed = 1;
} catch {
	// No report: vitest itself failed; the exit status says so.
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(status);
