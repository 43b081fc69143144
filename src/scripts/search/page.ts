// The search page: the search form over the page's own list of every application. An empty query
// narrows that list in place; a query searches Pagefind. The query and the filters (by their ids)
// live in the URL, so a search can be shared and survives a reload.
import { connectSearch, type SearchState, type SearchView } from './controller';
import { filterNames, type Filters } from './query';
import type { FilterCounts } from './pagefind';

const pageSize = 10;

export function mountSearchPage(root: HTMLElement): { focus(): void } {
	const browseList = root.querySelector<HTMLElement>('[data-search-browse]')!;
	const resultList = root.querySelector<HTMLElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const items = [...browseList.querySelectorAll<HTMLElement>('[data-app]')];

	function browse(filters: Filters): { total: number; counts: FilterCounts } {
		const passes = (item: HTMLElement, ignoring?: string) =>
			filterNames.every(
				(name) => name === ignoring || !filters[name] || item.dataset[name] === filters[name],
			);
		for (const item of items) item.hidden = !passes(item);
		const counts: FilterCounts = {};
		for (const name of filterNames) {
			const values: Record<string, number> = {};
			for (const item of items.filter((candidate) => passes(candidate, name))) {
				const value = item.dataset[name] ?? '';
				values[value] = (values[value] ?? 0) + 1;
			}
			counts[name] = values;
		}
		return { total: items.filter((item) => passes(item)).length, counts };
	}

	/** The page's own list for an empty query, search results otherwise. */
	function showList({ query }: SearchState): void {
		browseList.hidden = query !== '';
		resultList.hidden = query === '';
		more.hidden = true;
	}

	function writeUrl({ query, filters }: SearchState): void {
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		for (const select of search.filterSelects) {
			const id = select.selectedOptions[0]?.dataset['id'];
			if (filters[select.name as keyof Filters] && id) params.set(select.name, id);
		}
		const url = new URL(location.href);
		url.search = params.toString();
		history.replaceState(history.state, '', url);
	}

	const view: SearchView = {
		root,
		limit: pageSize,
		browse,
		onChange: (state) => {
			showList(state);
			writeUrl(state);
		},
		onShown: (shown, total) => (more.hidden = shown >= total),
	};
	const search = connectSearch(view);

	const params = new URLSearchParams(location.search);
	search.input.value = params.get('q') ?? '';
	for (const select of search.filterSelects) {
		const id = params.get(select.name);
		const option = [...select.options].find((candidate) => candidate.dataset['id'] === id);
		if (option) option.selected = true;
	}
	root.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
	more.addEventListener('click', () => {
		view.limit += pageSize;
		search.refresh();
	});
	search.refresh();
	return { focus: () => search.input.focus() };
}
