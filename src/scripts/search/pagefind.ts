// The part of Pagefind's browser API the search uses, and its loading. The index is the one of the
// page's language: Pagefind picks it from <html lang>.

/** Result counts by filter, then by value: `{ domain: { Containers: 4 } }`. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

/** A filter value, or any of several. */
export type FilterSelection = Record<string, string | { any: string[] }>;

export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
}

export interface ResultData {
	url: string;
	/** HTML: the text with `<` and `>` escaped and the matched words in `<mark>`. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results: SubResult[];
}

export interface Result {
	id: string;
	data(): Promise<ResultData>;
}

export interface Search {
	results: Result[];
	/** Counts within the results, with the selected filters applied. */
	filters: FilterCounts;
	/** Counts within the results, ignoring the selected filters. */
	totalFilters: FilterCounts;
}

export interface Pagefind {
	/** A `null` term lists every page that passes the filters. */
	search(term: string | null, options?: { filters?: FilterSelection }): Promise<Search>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
	const base = document.documentElement.dataset['base'] ?? '/';
	loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
		async (
			pagefind: Pagefind & {
				options(options: object): Promise<void>;
				filters(): Promise<FilterCounts>;
			},
		) => {
			await pagefind.options({
				baseUrl: base,
				// The index is small enough to search on the main thread in a few milliseconds;
				// the worker would cost another 12 KB before the first results.
				noWorker: true,
				excerptLength: 22,
				// Fact sheets list aliases as the meta field `aliases`: a match there counts most.
				ranking: { metaWeights: { aliases: 5, domain: 5 } },
			});
			// Loads every filter's values, without which searches return no filter counts.
			await pagefind.filters();
			return pagefind;
		},
	);
	return loading;
}
