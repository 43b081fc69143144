/**
 * The catalogue as pages see it: applications with their facts and their prose in each language,
 * domains in order. Loading it runs the cross-file checks, so a broken reference fails the build
 * with the file and the fix instead of producing a broken page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCatalogueProblems } from './catalogue-check';
import { locales, type Locale } from './locales';

export type AppFacts = CollectionEntry<'apps'>['data'];
export type AppText = CollectionEntry<'appText'>;
export type Claim = AppFacts['claims'][number];

export interface App {
	slug: string;
	/** The domain's id. */
	domain: string;
	/** Slugs of related applications. */
	related: string[];
	facts: AppFacts;
	text: Record<Locale, AppText>;
}

export interface Domain {
	id: string;
	data: CollectionEntry<'domains'>['data'];
}

export interface Page {
	/** The path without language prefix, e.g. `guides/is-it-go`. */
	path: string;
	text: Record<Locale, CollectionEntry<'pages'>>;
}

export interface Catalogue {
	/** Sorted by name. */
	apps: App[];
	/** Sorted by their `order`. */
	domains: Domain[];
	pages: Page[];
}

export class CatalogueError extends Error {
	constructor(problems: string[]) {
		super(
			`The catalogue has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
		);
		this.name = 'CatalogueError';
	}
}

let loaded: Promise<Catalogue> | undefined;

/** The whole catalogue, loaded and checked once per build (every request in dev, to see edits). */
export function getCatalogue(): Promise<Catalogue> {
	if (!import.meta.env.PROD) return loadCatalogue();
	loaded ??= loadCatalogue();
	return loaded;
}

async function loadCatalogue(): Promise<Catalogue> {
	const [factEntries, textEntries, domainEntries, pageEntries] = await Promise.all([
		getCollection('apps'),
		getCollection('appText'),
		getCollection('domains'),
		getCollection('pages'),
	]);

	const problems = findCatalogueProblems({
		apps: factEntries.map((entry) => ({
			slug: entry.id,
			file: entry.filePath ?? `content/apps/${entry.id}/facts.yaml`,
			name: entry.data.name,
			aliases: entry.data.aliases,
			domain: entry.data.domain.id,
			related: entry.data.related.map((ref) => ref.id),
		})),
		appTexts: textEntries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id })),
		pages: pageEntries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id })),
		domains: domainEntries.map((entry) => entry.id),
		locales,
	});
	if (problems.length > 0) throw new CatalogueError(problems);

	const textById = new Map(textEntries.map((entry) => [entry.id, entry]));
	const apps = factEntries
		.map((entry): App => {
			const text = Object.fromEntries(
				locales.map((locale) => [locale, textById.get(`${entry.id}/${locale}`)]),
			) as Record<Locale, AppText>;
			return {
				slug: entry.id,
				domain: entry.data.domain.id,
				related: entry.data.related.map((ref) => ref.id),
				facts: entry.data,
				text,
			};
		})
		.sort((a, b) => a.facts.name.localeCompare(b.facts.name, 'en'));

	const domains = domainEntries
		.map((entry) => ({ id: entry.id, data: entry.data }))
		.sort((a, b) => a.data.order - b.data.order);

	const pageById = new Map(pageEntries.map((entry) => [entry.id, entry]));
	const pagePaths = [
		...new Set(pageEntries.map((entry) => entry.id.replace(/\/[^/]+$/, ''))),
	].sort();
	const pages = pagePaths.map((path): Page => ({
		path,
		text: Object.fromEntries(
			locales.map((locale) => [locale, pageById.get(`${path}/${locale}`)]),
		) as Record<Locale, CollectionEntry<'pages'>>,
	}));

	return { apps, domains, pages };
}

/** The application's name in a language. */
export function appName(app: App, locale: Locale): string {
	return app.text[locale].data.name ?? app.facts.name;
}

export function appsInDomain(catalogue: Catalogue, domain: string): App[] {
	return catalogue.apps.filter((app) => app.domain === domain);
}

export function findApp(catalogue: Catalogue, slug: string): App {
	const app = catalogue.apps.find((candidate) => candidate.slug === slug);
	if (!app) throw new Error(`No application "${slug}" in content/apps/.`);
	return app;
}

export function findDomain(catalogue: Catalogue, id: string): Domain {
	const domain = catalogue.domains.find((candidate) => candidate.id === id);
	if (!domain) throw new Error(`No domain "${id}" in content/domains/.`);
	return domain;
}
