/**
 * Closes the diagram renderer's Chromium when Astro is done with it, and reports what the build
 * drew: `diagrams: N rendered, M from cache` (a benchmark parses that line; keep its form).
 */
import type { AstroIntegration } from 'astro';
import { closeMermaidRenderer, getDiagramStats } from '../lib/mermaid-renderer';

export function diagrams(): AstroIntegration {
	return {
		name: 'built-with-go:diagrams',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				await closeMermaidRenderer();
				const { rendered, cached } = getDiagramStats();
				logger.info(`diagrams: ${rendered} rendered, ${cached} from cache`);
			},
			'astro:server:done': closeMermaidRenderer,
		},
	};
}
