// Inlined at the end of every page: one set of delegated listeners for the few controls that need
// JavaScript. Anything larger is a module imported when the reader asks for it.
const root = document.documentElement;

for (const control of document.querySelectorAll<HTMLElement>('[data-needs-js]'))
	control.hidden = false;

const themeToggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const showTheme = () =>
	themeToggle?.setAttribute('aria-pressed', String(root.dataset['theme'] === 'dark'));
showTheme();

function openSearch(): void {
	const url = root.dataset['searchModule'];
	if (url) void import(url).then((search: { openSearch: () => void }) => search.openSearch());
}

document.addEventListener('click', (event) => {
	const target = event.target instanceof Element ? event.target : null;
	if (target?.closest('[data-theme-toggle]')) {
		root.dataset['theme'] = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
		try {
			localStorage.setItem('theme', root.dataset['theme']);
		} catch {
			// Without storage the choice lasts for this page only.
		}
		showTheme();
	} else if (
		target?.closest('[data-search-open]') &&
		!(event instanceof MouseEvent && (event.ctrlKey || event.metaKey))
	) {
		event.preventDefault();
		openSearch();
	}
});

document.addEventListener('keydown', (event) => {
	const typing =
		event.target instanceof HTMLElement &&
		event.target.closest('input, textarea, select, [contenteditable]');
	if (
		(event.key === '/' && !typing) ||
		(event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))
	) {
		event.preventDefault();
		openSearch();
	}
});
