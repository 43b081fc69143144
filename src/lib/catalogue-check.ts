/**
 * Rules that span several content files, which a per-file schema cannot see. Pure, so that each
 * rule is unit-tested with plain fixtures; `catalogue.ts` runs it on the real collections.
 */

/** What the check needs to know of an entry: where it is written and what it refers to. */
export interface AppFacts {
	slug: string;
	file: string;
	name: string;
	aliases: readonly string[];
	domain: string;
	related: readonly string[];
}

export interface LocalizedFile {
	/** `<slug>/<locale>` for app prose, `<path>/<locale>` for pages. */
	id: string;
	file: string;
}

export interface CatalogueInput {
	apps: readonly AppFacts[];
	appTexts: readonly LocalizedFile[];
	pages: readonly LocalizedFile[];
	domains: readonly string[];
	locales: readonly string[];
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem found, each naming the file, the field and the fix. Empty when all is well. */
export function findCatalogueProblems(input: CatalogueInput): string[] {
	return [
		...checkSlugs(input),
		...checkReferences(input),
		...checkTranslations(input),
		...checkSearchTerms(input),
	];
}

function checkSlugs({ apps }: CatalogueInput): string[] {
	return apps
		.filter((app) => !slugPattern.test(app.slug))
		.map(
			(app) =>
				`${app.file}: the folder name "${app.slug}" is the page's URL and must use lower-case letters, digits and hyphens only. Fix: rename the folder, e.g. "${toSlug(app.slug)}".`,
		);
}

function checkReferences({ apps, domains }: CatalogueInput): string[] {
	const slugs = apps.map((app) => app.slug);
	const problems: string[] = [];
	for (const app of apps) {
		if (!domains.includes(app.domain)) {
			problems.push(
				`${app.file}: domain: "${app.domain}" is not a domain of the catalogue. Fix: use one of ${domains.join(', ')}${suggest(app.domain, domains)}, or add content/domains/${app.domain}.yaml.`,
			);
		}
		for (const related of app.related) {
			if (related === app.slug) {
				problems.push(
					`${app.file}: related: an application cannot be related to itself. Fix: remove "${related}".`,
				);
			} else if (!slugs.includes(related)) {
				problems.push(
					`${app.file}: related: "${related}" is not an application of the catalogue. Fix: use the folder name of an application in content/apps/${suggest(related, slugs)}.`,
				);
			}
		}
	}
	return problems;
}

function checkTranslations({ apps, appTexts, pages, locales }: CatalogueInput): string[] {
	const problems: string[] = [];
	const textIds = new Set(appTexts.map((text) => text.id));
	for (const app of apps) {
		for (const locale of locales) {
			if (!textIds.has(`${app.slug}/${locale}`)) {
				problems.push(
					`${app.file}: the ${locale} page is missing. Fix: write content/apps/${app.slug}/${locale}.mdx (every application is published in ${locales.join(' and ')}).`,
				);
			}
		}
	}
	const slugs = new Set(apps.map((app) => app.slug));
	for (const text of appTexts) {
		const slug = text.id.split('/')[0] ?? '';
		if (!slugs.has(slug)) {
			problems.push(
				`${text.file}: there is no content/apps/${slug}/facts.yaml for this page. Fix: add the facts file, or move the page into an existing application's folder.`,
			);
		}
	}
	const pagesByPath = groupBy(pages, (page) => page.id.replace(/\/[^/]+$/, ''));
	for (const [path, group] of pagesByPath) {
		const present = group.map((page) => page.id.slice(path.length + 1));
		for (const locale of locales.filter((l) => !present.includes(l))) {
			problems.push(
				`${group[0]?.file}: the ${locale} version is missing. Fix: write content/pages/${path}/${locale}.mdx (every page is published in ${locales.join(' and ')}).`,
			);
		}
	}
	return problems;
}

/** A search term that leads to two applications would make search results ambiguous. */
function checkSearchTerms({ apps }: CatalogueInput): string[] {
	const owners = new Map<string, { app: AppFacts; field: string }>();
	const described: Record<string, string> = {
		'folder name': 'the folder name',
		name: 'the name',
		aliases: 'an alias',
	};
	const problems: string[] = [];
	for (const app of apps) {
		const terms: [field: string, term: string][] = [
			['folder name', app.slug],
			['name', app.name],
			...app.aliases.map((alias): [string, string] => ['aliases', alias]),
		];
		for (const [field, term] of terms) {
			const normalised = normaliseTerm(term);
			const owner = owners.get(normalised);
			if (!owner) {
				owners.set(normalised, { app, field });
			} else if (owner.app.slug !== app.slug) {
				problems.push(
					`${app.file}: ${field}: "${term}" is already ${described[owner.field]} of ${owner.app.slug} (${owner.app.file}). Fix: change it in one of the two files, so that a search for it leads to one application.`,
				);
			}
		}
	}
	return problems;
}

function normaliseTerm(term: string): string {
	return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

function toSlug(value: string): string {
	return value
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}

/** ` (did you mean "kubernetes"?)` when a known value is one or two edits away. */
function suggest(value: string, known: readonly string[]): string {
	const close = known.find((candidate) => editDistance(value, candidate) <= 2);
	return close ? ` (did you mean "${close}"?)` : '';
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
