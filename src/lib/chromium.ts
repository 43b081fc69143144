/**
 * How this project finds and starts Debian's Chromium: one place for the diagram renderer, the
 * tests and the benchmarks.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	// Without these Chromium keeps calling home, which fails (slowly) on machines without network.
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** CHROMIUM_PATH when set, else /usr/bin/chromium, else `chromium` on the PATH. */
export function findChromium(): string | undefined {
	const fromEnvironment = process.env['CHROMIUM_PATH'];
	if (fromEnvironment) return isExecutable(fromEnvironment) ? fromEnvironment : undefined;
	if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
	return (process.env['PATH'] ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((directory) => join(directory, 'chromium'))
		.find(isExecutable);
}
