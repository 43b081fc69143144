/**
 * Says once per build when diagrams will be drawn in the reader's browser for want of Chromium
 * (here, in the main process: pages render in workers of their own), closes the renderer's
 * Chromium when Astro is done with it, and reports what the build drew:
 * `diagrams: N rendered, M from cache` (a benchmark parses that line; keep its form).
 */
import type { AstroIntegration } from 'astro';
import {
	closeMermaidRenderer,
	getDiagramStats,
	isBuildTimeRenderingAvailable,
} from '../lib/mermaid-renderer';

const chromiumMissingWarning =
	"Chromium was not found, so diagrams will be drawn in the reader's browser. For build-time SVG install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.";

export function diagrams(): AstroIntegration {
	return {
		name: 'built-with-go:diagrams',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				if (!isBuildTimeRenderingAvailable()) logger.warn(chromiumMissingWarning);
			},
			'astro:build:done': async ({ logger }) => {
				await closeMermaidRenderer();
				const { rendered, cached } = getDiagramStats();
				logger.info(`diagrams: ${rendered} rendered, ${cached} from cache`);
			},
			'astro:server:done': closeMermaidRenderer,
		},
	};
}
