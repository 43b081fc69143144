// The search dialog, imported the first time the reader opens search. It queries the Pagefind
// index of the page's own language (Pagefind picks it from <html lang>).

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

interface Pagefind {
	options(options: { baseUrl?: string }): Promise<void>;
	debouncedSearch(
		query: string,
		options?: { filters?: Record<string, string> },
		debounceMs?: number,
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let dialog: HTMLDialogElement | undefined;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	const base = document.documentElement.dataset['base'] ?? '/';
	pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
		async (module: Pagefind) => {
			await module.options({ baseUrl: base });
			return module;
		},
	);
	return pagefind;
}

function createDialog(): HTMLDialogElement {
	const template = document.querySelector<HTMLTemplateElement>('#search-dialog-template');
	if (!template) throw new Error('search: the page has no #search-dialog-template');
	document.body.append(template.content.cloneNode(true));
	const created = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
	if (!created) throw new Error('search: the template has no dialog.search-dialog');
	const input = created.querySelector<HTMLInputElement>('input[type=search]');
	input?.addEventListener('input', () => void showResults(created, input.value));
	created.addEventListener('click', (event) => {
		if (event.target === created) created.close();
	});
	return created;
}

async function showResults(target: HTMLDialogElement, query: string): Promise<void> {
	const list = target.querySelector('[data-search-results]');
	if (!list) return;
	const search = await (await loadPagefind()).debouncedSearch(query);
	if (!search) return;
	const results = await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
	list.replaceChildren(
		...results.map((result) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = result.url;
			const title = document.createElement('strong');
			title.textContent = result.meta['title'] ?? result.url;
			const excerpt = document.createElement('span');
			excerpt.append(...highlightedExcerpt(result.excerpt));
			link.append(title, excerpt);
			item.append(link);
			return item;
		}),
	);
}

/** Pagefind's excerpt is HTML with <mark>; rebuild it from text so nothing else can slip in. */
function highlightedExcerpt(excerpt: string): Node[] {
	return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		const text = decodeEntities((marked?.[1] ?? part).replace(/<[^>]*>/g, ''));
		if (!marked) return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});
}

function decodeEntities(text: string): string {
	const textarea = document.createElement('textarea');
	textarea.innerHTML = text;
	return textarea.value;
}

export function openSearch(): void {
	dialog ??= createDialog();
	if (!dialog.open) dialog.showModal();
	void loadPagefind();
	dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
}
