/** How this project starts Debian's Chromium: the same flags for tests, benchmarks and diagrams. */
import { existsSync } from 'node:fs';

/** Flags without which Chromium keeps trying hosts that a closed network refuses. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function chromiumPath(): string {
	const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`Chromium was not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
		);
	}
	return path;
}
