// Connects a search form (the dialog's or the search page's) to Pagefind: a query input, a select
// per filter, a result list and a status line, all usable from the keyboard. Messages come from
// data attributes of the root, so the markup decides the language.
import { resultItem } from './render';
import type { FilterCounts } from './pagefind';
import { filterNames, search, type Filters } from './query';

export interface SearchState {
	query: string;
	filters: Filters;
}

export interface SearchView {
	root: HTMLElement;
	/** How many results to show. */
	limit: number;
	/** Lists what an empty query shows instead of searching (the search page's own list). */
	browse?(filters: Filters): { total: number; counts: FilterCounts };
	/** Called with every new query or filter choice, before searching. */
	onChange?(state: SearchState): void;
	/** Called once results are shown. */
	onShown?(shown: number, total: number): void;
}

export interface SearchController {
	input: HTMLInputElement;
	filterSelects: HTMLSelectElement[];
	/** Searches again with what the form holds now. */
	refresh(): void;
}

const format = (template = '', values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

export function connectSearch(view: SearchView): SearchController {
	const { root } = view;
	const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
	const list = root.querySelector<HTMLElement>('[data-search-results]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const filterSelects = filterNames.map((name) =>
		root.querySelector<HTMLSelectElement>(`[data-search-filter="${name}"]`)!,
	);
	const messages = root.dataset;
	/** Each option's own text, to which its count is added. */
	const labels = new Map<HTMLOptionElement, string>();
	for (const select of filterSelects) {
		for (const option of select.options) labels.set(option, option.text);
	}
	let latest = 0;

	const state = (): SearchState => ({
		query: input.value.trim(),
		filters: Object.fromEntries(
			filterSelects.map((select) => [select.name, select.value]),
		) as Filters,
	});

	/** Shows, for each filter value, how many results choosing it would give. */
	function showCounts(counts: FilterCounts): void {
		for (const select of filterSelects) {
			const values = counts[select.name] ?? {};
			// A select with only its "any" option (the dialog's) gets the index's values, the most
			// frequent first, from the first counts: those of every page.
			if (select.options.length === 1) {
				for (const value of Object.keys(values).sort((a, b) => values[b]! - values[a]!)) {
					const option = new Option(value, value);
					labels.set(option, value);
					select.add(option);
				}
			}
			for (const option of select.options) {
				if (option.value) option.text = `${labels.get(option)} (${values[option.value] ?? 0})`;
			}
		}
	}

	function showTotal(total: number, query: string): void {
		status.textContent =
			total === 0
				? format(messages['none'], { query })
				: format(total === 1 ? messages['one'] : messages['many'], { count: total });
	}

	async function refresh(): Promise<void> {
		const request = ++latest;
		const current = state();
		view.onChange?.(current);
		if (!current.query && view.browse) {
			const { total, counts } = view.browse(current.filters);
			list.replaceChildren();
			showCounts(counts);
			showTotal(total, '');
			return;
		}
		const hasFilter = Object.values(current.filters).some(Boolean);
		// The dialog shows nothing for an empty query, but still the counts of every filter.
		const limit = current.query || hasFilter ? view.limit : 0;
		try {
			const response = await search({ ...current, limit, isStale: () => request !== latest });
			if (request !== latest) return;
			showCounts(response.counts);
			list.replaceChildren(...response.results.map(resultItem));
			if (limit > 0) showTotal(response.total, current.query);
			else status.textContent = '';
			// Which query the list shows, for tests and benchmarks to wait on.
			list.dataset['query'] = current.query;
			view.onShown?.(response.results.length, response.total);
		} catch (error) {
			if (request === latest) status.textContent = messages['failed'] ?? '';
			throw error;
		}
	}

	/** Arrow keys move between the query and the result links; Enter in the query opens the first. */
	function moveThroughResults(event: KeyboardEvent): void {
		const stops: HTMLElement[] = [input, ...list.querySelectorAll('a')];
		const at = stops.indexOf(event.target as HTMLElement);
		if (at === -1) return;
		if (event.key === 'Enter' && at === 0) {
			event.preventDefault();
			stops[1]?.click();
		} else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
			if (!next) return;
			event.preventDefault();
			next.focus();
		}
	}

	input.addEventListener('input', () => void refresh());
	for (const select of filterSelects) select.addEventListener('change', () => void refresh());
	root.addEventListener('keydown', moveThroughResults);
	return { input, filterSelects, refresh: () => void refresh() };
}
