/**
 * The machine's Chromium for the benchmarks. They run on Node without a bundler, which needs the
 * `.ts` extension in imports; tests/support/chromium.ts imports without it, so this repeats its
 * one check.
 */
import { findChromium } from '../../src/lib/chromium.ts';

export { chromiumArgs } from '../../src/lib/chromium.ts';

export function chromiumPath(): string {
	const path = findChromium();
	if (!path) {
		throw new Error(
			'bench: Chromium was not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
		);
	}
	return path;
}
