// One search: Pagefind's results in the order the catalogue wants, the first ones with their data,
// and the count behind every filter value.
import { loadPagefind, type FilterCounts, type FilterSelection, type ResultData } from './pagefind';

/** The filters a reader can set, by name; a missing name means "any". */
export type Filters = Partial<Record<FilterName, string>>;
export const filterNames = ['domain', 'status'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchRequest {
	query: string;
	filters: Filters;
	/** How many results to load with their data. */
	limit: number;
	/** True once a newer search has started: this one then stops before downloading data. */
	isStale(): boolean;
}

export interface SearchResponse {
	results: ResultData[];
	total: number;
	/** For each filter, how many results each of its values would give with the other filters. */
	counts: Record<FilterName, Record<string, number>>;
}

/** Lower-case letters and digits only, so that `API网关` matches the alias `API 网关`. */
const normalize = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * 0 when the query is an application's name or one of its aliases; 1 when its name starts with the
 * query's words ("docker" in "Docker Engine and CLI") or the query is its domain; 2 for other
 * applications and 3 for other pages: domains and guides follow the applications.
 */
function matchRank(query: string, data: ResultData): number {
	const { title = '', aliases = '', domain = '', status } = data.meta;
	if (!status) return 3;
	const wanted = normalize(query);
	if ([title, ...aliases.split(',')].map(normalize).includes(wanted)) return 0;
	const words = (text: string) =>
		text
			.toLowerCase()
			.split(/[\s()]+/u)
			.filter(Boolean);
	const titleWords = words(title);
	const titleStarts = words(query).every((word, i) => titleWords[i] === word);
	return titleStarts || normalize(domain) === wanted ? 1 : 2;
}

function selection(filters: Filters): FilterSelection {
	return Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
}

export async function search({
	query,
	filters,
	limit,
	isStale,
}: SearchRequest): Promise<SearchResponse> {
	const pagefind = await loadPagefind();
	const term = query.trim() || null;
	const found = await pagefind.search(term, { filters: selection(filters) });

	// Only application pages carry a Go status: searching again within every status tells them
	// apart before any result's data is downloaded.
	const statuses = Object.keys(found.totalFilters['status'] ?? {});
	const appIds = filters.status
		? undefined
		: new Set(
				(
					await pagefind.search(term, {
						filters: { ...selection(filters), status: { any: statuses } },
					})
				).results.map((result) => result.id),
			);
	const isApp = (id: string) => appIds?.has(id) ?? true;
	const ordered = [
		...found.results.filter((result) => isApp(result.id)),
		...found.results.filter((result) => !isApp(result.id)),
	];

	const counts = await facetCounts(term, filters, found);
	if (isStale()) return { results: [], total: 0, counts };
	const loaded = await Promise.all(ordered.slice(0, limit).map((result) => result.data()));
	const ranked = loaded
		.map((data, order) => ({ data, order, rank: term ? matchRank(term, data) : 0 }))
		.sort((a, b) => a.rank - b.rank || a.order - b.order)
		.map(({ data }) => data);

	return { results: ranked, total: found.results.length, counts };
}

/**
 * The count of a value is the number of results the reader would get on choosing it, keeping the
 * other filters: Pagefind's `filters` when its own filter is unset, `totalFilters` when it is the
 * only one set, and otherwise a search without it.
 */
async function facetCounts(
	term: string | null,
	filters: Filters,
	found: { filters: FilterCounts; totalFilters: FilterCounts },
): Promise<SearchResponse['counts']> {
	const pagefind = await loadPagefind();
	const entries = await Promise.all(
		filterNames.map(async (name) => {
			const others = { ...filters, [name]: undefined };
			const othersSet = Object.values(others).some(Boolean);
			const counts = !filters[name]
				? found.filters
				: othersSet
					? (await pagefind.search(term, { filters: selection(others) })).filters
					: found.totalFilters;
			return [name, counts[name] ?? {}] as const;
		}),
	);
	return Object.fromEntries(entries) as SearchResponse['counts'];
}
