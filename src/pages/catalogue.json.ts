/** `/catalogue.json`: the whole catalogue as data (see `lib/catalogue-export.ts`). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '@/lib/catalogue';
import { catalogueExport } from '@/lib/catalogue-export';
import { withBase } from '@/lib/locales';

export const GET: APIRoute = async ({ site }) => {
	const base = site ?? new URL('http://localhost:4321');
	const data = catalogueExport(await getCatalogue(), {
		site: base,
		schemaUrl: new URL(withBase('catalogue.schema.json'), base).href,
	});
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
};
