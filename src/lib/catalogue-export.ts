/**
 * The catalogue for other tools: `/catalogue.json`, described by `/catalogue.schema.json`.
 * The schema is written once, here, as Zod: the JSON Schema is generated from it and the export's
 * TypeScript type is inferred from it, so the file, its schema and the code cannot drift apart.
 */
import { z } from 'astro/zod';
import { useTranslations } from '@/i18n/ui';
import { appName, type Catalogue } from './catalogue';
import { appPath, domainPath, homePath, locales, type Locale } from './locales';
import { goStatuses, verdicts } from './vocabulary';

const localized = z
	.object(
		Object.fromEntries(locales.map((locale) => [locale, z.string().min(1)])) as Record<
			Locale,
			z.ZodString
		>,
	)
	.strict()
	.meta({ description: 'The text in each language of the site: en (English), zh (Chinese).' });

const pageUrls = z
	.object(
		Object.fromEntries(locales.map((locale) => [locale, z.url()])) as Record<Locale, z.ZodURL>,
	)
	.strict()
	.meta({ description: 'The absolute address of the page in each language.' });

const claim = z
	.object({
		claim: localized.meta({ description: 'The source article’s claim, in brief.' }),
		verdict: z
			.enum(verdicts)
			.meta({ description: 'accurate, inaccurate or unverified against public sources.' }),
		note: localized.meta({ description: 'The correction, or what is and is not known.' }),
		source: z.url().optional().meta({ description: 'The public source that decides it.' }),
	})
	.strict();

const application = z
	.object({
		slug: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.meta({ description: 'Permanent id.' }),
		name: localized,
		tagline: localized,
		summary: localized,
		url: pageUrls,
		aliases: z.array(z.string()).meta({ description: 'Other names and search terms.' }),
		domain: z.string().meta({ description: 'The id of one of `domains`.' }),
		goStatus: z.enum(goStatuses).meta({
			description:
				'core: its engine and servers are Go; partial: an essential part is not; not-go: not written in Go; unknown: the language is not public.',
		}),
		components: z
			.array(z.object({ name: z.string(), language: z.string() }).strict())
			.meta({ description: 'Its parts and the language each is written in.' }),
		organisation: z.string(),
		repositories: z.array(z.url()).meta({ description: 'Empty for closed source.' }),
		website: z.url(),
		license: z.string().meta({ description: 'An SPDX identifier or a short phrase.' }),
		firstRelease: z.int().meta({ description: 'Year of the first public release.' }),
		related: z.array(z.string()).meta({ description: 'Slugs of related applications.' }),
		sources: z.array(z.object({ title: z.string(), url: z.url() }).strict()),
		claims: z.array(claim),
	})
	.strict();

const domain = z
	.object({
		id: z.string(),
		name: localized,
		description: localized,
		url: pageUrls,
		applications: z.array(z.string()).meta({ description: 'Slugs of its applications.' }),
	})
	.strict();

export const catalogueExportSchema = z
	.object({
		$schema: z.url(),
		name: z.string(),
		site: z.url().meta({ description: 'The home page of the site.' }),
		locales: z.array(z.enum(locales)),
		domains: z.array(domain),
		applications: z.array(application),
	})
	.strict();

export type CatalogueExport = z.infer<typeof catalogueExportSchema>;

/** The JSON Schema of `/catalogue.json`, published at `schemaUrl`. */
export function catalogueJsonSchema(schemaUrl: string): Record<string, unknown> {
	return {
		$id: schemaUrl,
		title: 'Built with Go catalogue',
		description:
			'Applications written in Go, and some wrongly said to be, with their facts, Go status and the verdicts on a popular article’s claims.',
		...z.toJSONSchema(catalogueExportSchema, { target: 'draft-2020-12' }),
	};
}

function byLocale<T>(value: (locale: Locale) => T): Record<Locale, T> {
	return Object.fromEntries(locales.map((locale) => [locale, value(locale)])) as Record<Locale, T>;
}

/** Everything language-neutral once, the texts in every language, the addresses absolute. */
export function catalogueExport(
	catalogue: Catalogue,
	{ site, schemaUrl }: { site: URL; schemaUrl: string },
): CatalogueExport {
	const absolute = (path: string) => new URL(path, site).href;
	return {
		$schema: schemaUrl,
		name: useTranslations('en').siteName,
		site: absolute(homePath('en')),
		locales: [...locales],
		domains: catalogue.domains.map((entry) => ({
			id: entry.id,
			name: entry.data.name,
			description: entry.data.description,
			url: byLocale((locale) => absolute(domainPath(locale, entry.id))),
			applications: catalogue.apps.filter((app) => app.domain === entry.id).map((app) => app.slug),
		})),
		applications: catalogue.apps.map((app) => {
			const { facts } = app;
			return {
				slug: app.slug,
				name: byLocale((locale) => appName(app, locale)),
				tagline: byLocale((locale) => app.text[locale].data.tagline),
				summary: byLocale((locale) => app.text[locale].data.summary),
				url: byLocale((locale) => absolute(appPath(locale, app.slug))),
				aliases: facts.aliases,
				domain: app.domain,
				goStatus: facts.goStatus,
				components: facts.components,
				organisation: facts.organisation,
				repositories: facts.repositories,
				website: facts.website,
				license: facts.license,
				firstRelease: facts.firstRelease,
				related: app.related,
				sources: facts.sources,
				claims: facts.claims.map((entry) => ({
					claim: entry.claim,
					verdict: entry.verdict,
					note: entry.note,
					...(entry.source && { source: entry.source }),
				})),
			};
		}),
	};
}
