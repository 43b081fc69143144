/** `/catalogue.schema.json`: the JSON Schema of `/catalogue.json`. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '@/lib/catalogue-export';
import { withBase } from '@/lib/locales';

export const GET: APIRoute = ({ site }) => {
	const schemaUrl = new URL(withBase('catalogue.schema.json'), site ?? 'http://localhost:4321')
		.href;
	return new Response(`${JSON.stringify(catalogueJsonSchema(schemaUrl), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
};
