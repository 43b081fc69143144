// Inlined at the end of every page: one set of delegated listeners for the few controls that need
// JavaScript. Everything else is a module imported when the reader asks for it. Every page carries
// this script, so it is kept under a byte budget (see tests/e2e/budgets.test.ts).
const root = document.documentElement;

const themeToggle = document.querySelector('[data-theme-toggle]');
const showTheme = () =>
	themeToggle?.setAttribute('aria-pressed', `${root.dataset['theme'] == 'dark'}`);
showTheme();

/** Modules loaded on intent; their URLs are on <html data-modules>. */
interface Modules {
	searchDialog: { openSearch(): void };
	copyCode: { copyCodeOnClick(event: Event): void };
}
const moduleUrls = JSON.parse(root.dataset['modules']!) as Record<keyof Modules, string>;
const load = <Name extends keyof Modules>(name: Name) =>
	import(moduleUrls[name]) as Promise<Modules[Name]>;
const openSearch = () => load('searchDialog').then((search) => search.openSearch());

document.addEventListener('click', (event) => {
	// Clicks on text nodes bubble from their element, so the target is always an Element here.
	const target = event.target as Element;
	if (target.closest('[data-copy-code]')) {
		load('copyCode').then((copy) => copy.copyCodeOnClick(event));
	} else if (target.closest('[data-theme-toggle]')) {
		root.dataset['theme'] = root.dataset['theme'] == 'dark' ? 'light' : 'dark';
		try {
			localStorage['theme'] = root.dataset['theme'];
		} catch {
			// Without storage the choice lasts for this page only.
		}
		showTheme();
	} else if (target.closest('[data-search-open]') && !event.ctrlKey && !event.metaKey) {
		// A modifier click still opens the search page in a new tab.
		event.preventDefault();
		openSearch();
	}
});

document.addEventListener('keydown', (event) => {
	const typing = (event.target as Element).closest('input,textarea,select');
	if ((event.key == '/' && !typing) || (event.key == 'k' && (event.ctrlKey || event.metaKey))) {
		event.preventDefault();
		openSearch();
	}
});
