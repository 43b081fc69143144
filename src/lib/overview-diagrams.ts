/**
 * The overview page's pictures, written as Mermaid from the catalogue data so that they redraw
 * themselves when an application is added: a timeline of first releases and a map of the domains
 * with their applications. Each application carries the mark of its Go status (the shapes of the
 * badge: ● Go, ◐ partly Go, ✕ not Go, ? unknown), so the pictures do not rely on colour.
 */
import { useTranslations } from '@/i18n/ui';
import { appName, type App, type Catalogue } from './catalogue';
import type { Locale } from './locales';
import type { GoStatus } from './vocabulary';

export const goStatusMarks: Record<GoStatus, string> = {
	core: '●',
	partial: '◐',
	'not-go': '✕',
	unknown: '?',
};

/** Text safe inside a Mermaid label: quotes, colons and semicolons as entity codes. */
function label(text: string): string {
	return text.replace(/[":;#]/g, (char) => `#${char.charCodeAt(0)};`).replace(/\s+/g, ' ');
}

function markedName(app: App, locale: Locale): string {
	return label(`${goStatusMarks[app.facts.goStatus]} ${appName(app, locale)}`);
}

/** Node ids from slugs: letters, digits and underscores only. */
const nodeId = (prefix: string, slug: string) => `${prefix}_${slug.replace(/-/g, '_')}`;

/** A Mermaid timeline: one period per year that saw a first release, its applications under it. */
export function releaseTimeline(catalogue: Catalogue, locale: Locale): string {
	const t = useTranslations(locale);
	const byYear = new Map<number, App[]>();
	for (const app of catalogue.apps) {
		const year = app.facts.firstRelease;
		byYear.set(year, [...(byYear.get(year) ?? []), app]);
	}
	const years = [...byYear.keys()].sort((a, b) => a - b);
	const first = years[0] ?? 0;
	const last = years[years.length - 1] ?? 0;
	return [
		'timeline',
		`  accTitle: ${label(t.timelineHeading)}`,
		`  accDescr: ${label(t.timelineDescription(catalogue.apps.length, first, last))}`,
		...years.map(
			(year) =>
				`  ${year} : ${(byYear.get(year) ?? []).map((app) => markedName(app, locale)).join(' : ')}`,
		),
	].join('\n');
}

/**
 * A Mermaid flowchart from left to right: each domain, linked to its applications. Each
 * application node has the class `status-<goStatus>`, which the overview page styles.
 */
export function domainMap(catalogue: Catalogue, locale: Locale): string {
	const t = useTranslations(locale);
	const lines = [
		// Tight spacing: the map is as tall as the catalogue has applications.
		'%%{init: {"flowchart": {"nodeSpacing": 12, "rankSpacing": 48}}}%%',
		'flowchart LR',
		`  accTitle: ${label(t.domainMapHeading)}`,
		`  accDescr: ${label(t.domainMapDescription(catalogue.apps.length, catalogue.domains.length))}`,
	];
	for (const domain of catalogue.domains) {
		const apps = catalogue.apps.filter((app) => app.domain === domain.id);
		if (apps.length === 0) continue;
		const domainNode = nodeId('domain', domain.id);
		lines.push(`  ${domainNode}["${label(domain.data.name[locale])}"]`);
		for (const app of apps) {
			const appNode = nodeId('app', app.slug);
			lines.push(`  ${domainNode} --- ${appNode}("${markedName(app, locale)}")`);
			lines.push(`  class ${appNode} status-${app.facts.goStatus}`);
		}
	}
	return lines.join('\n');
}
