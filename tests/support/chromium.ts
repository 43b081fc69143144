/** Chromium for tests and benchmarks: the project's own settings, and a clear error without it. */
import { findChromium } from '../../src/lib/chromium';

export { chromiumArgs } from '../../src/lib/chromium';

export function chromiumPath(): string {
	const path = findChromium();
	if (!path) {
		throw new Error(
			'Chromium was not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
		);
	}
	return path;
}
