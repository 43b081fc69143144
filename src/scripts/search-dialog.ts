// The search module, imported the first time the reader asks for search (button, `/`, Ctrl/Cmd+K)
// and loaded by the search page itself. It searches the Pagefind index of the page's language.
import { connectSearch } from './search/controller';
import { mountSearchPage } from './search/page';
import { loadPagefind } from './search/pagefind';
import { addSearchStyles } from './search/styles';

const searchPageRoot = document.querySelector<HTMLElement>('[data-search-page]');
const searchPage = searchPageRoot ? mountSearchPage(searchPageRoot) : undefined;

let dialog: { element: HTMLDialogElement; input: HTMLInputElement } | undefined;
/** Where focus was before the dialog opened: it returns there when the dialog closes. */
let opener: HTMLElement | undefined;

function createDialog(): NonNullable<typeof dialog> {
	const template = document.querySelector<HTMLTemplateElement>('#search-dialog-template')!;
	const created = template.content.firstElementChild!.cloneNode(true) as HTMLDialogElement;
	document.body.append(created);
	const pageLink = created.querySelector<HTMLAnchorElement>('[data-search-page-link]')!;
	const searchPageUrl = new URL(pageLink.href);
	const search = connectSearch({
		root: created,
		limit: 5,
		onChange: ({ query }) => {
			searchPageUrl.search = query ? new URLSearchParams({ q: query }).toString() : '';
			pageLink.href = searchPageUrl.href;
		},
	});
	// Shows every filter's counts from the start.
	search.refresh();
	created.querySelector('[data-search-close]')!.addEventListener('click', () => created.close());
	// A click on the backdrop lands on the dialog element itself.
	created.addEventListener('click', (event) => event.target === created && created.close());
	created.addEventListener('keydown', (event) => {
		// A search field swallows the first Escape to clear itself; here Escape always closes.
		if (event.key !== 'Escape') return;
		event.preventDefault();
		created.close();
	});
	created.addEventListener('close', () => opener?.focus());
	return { element: created, input: search.input };
}

export function openSearch(): void {
	// On the search page the page's own form is the search.
	if (searchPage) return searchPage.focus();
	addSearchStyles();
	dialog ??= createDialog();
	void loadPagefind();
	if (!dialog.element.open) {
		opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
		dialog.element.showModal();
	}
	dialog.input.focus();
	dialog.input.select();
}
