// Inlined in <head>: sets the theme before the first paint, so no page flashes the wrong one.
// A stored choice wins; otherwise the system preference applies.
let stored: string | undefined;
try {
	stored = localStorage['theme'];
} catch {
	// Storage can be blocked (private modes); the system preference still applies.
}
document.documentElement.dataset['theme'] =
	stored == 'dark' || stored == 'light'
		? stored
		: matchMedia('(prefers-color-scheme:dark)').matches
			? 'dark'
			: 'light';
