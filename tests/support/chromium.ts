/**
 * Chromium for tests and benchmarks: the project's own settings, and a clear error without it.
 * Imports name their .ts extension, so the benchmarks can load this on plain Node too.
 */
import { findChromium } from '../../src/lib/chromium.ts';

export { chromiumArgs } from '../../src/lib/chromium.ts';

export function chromiumPath(): string {
	const path = findChromium();
	if (!path) {
		throw new Error(
			'Chromium was not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
		);
	}
	return path;
}
