/**
 * Indexes the built site with Pagefind when the build is done, into `dist/pagefind/`. Which parts
 * of a page are indexed, with which filters and weights, is set by `data-pagefind-*` attributes
 * in the layouts; Pagefind writes one index per `<html lang>`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
	return {
		name: 'built-with-go:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({
					// Mermaid's SVG text repeats words already in the prose.
					excludeSelectors: ['svg', '.code-frame figcaption'],
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await index.deleteIndex();
				logger.info(`indexed ${added.page_count} pages into pagefind/`);
			},
		},
	};
}
