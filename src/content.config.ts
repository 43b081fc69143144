/**
 * Where the content collections come from. The rules they follow are in `lib/schemas.ts`; rules
 * across files (both languages present, unique aliases) in `lib/catalogue-check.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { appFactsSchema, appTextSchema, domainSchema, pageSchema } from './lib/schemas';

const apps = defineCollection({
	loader: glob({
		base: './content/apps',
		pattern: '*/facts.yaml',
		// The folder name is the slug: content/apps/docker/facts.yaml is "docker".
		generateId: ({ entry }) => entry.split('/')[0] ?? entry,
	}),
	schema: appFactsSchema({ domain: reference('domains'), app: reference('apps') }),
});

const appText = defineCollection({
	loader: glob({ base: './content/apps', pattern: '*/{en,zh}.mdx' }),
	schema: appTextSchema,
});

const domains = defineCollection({
	loader: glob({ base: './content/domains', pattern: '*.yaml' }),
	schema: domainSchema,
});

const pages = defineCollection({
	loader: glob({ base: './content/pages', pattern: '**/{en,zh}.mdx' }),
	schema: pageSchema,
});

export const collections = { apps, appText, domains, pages };
