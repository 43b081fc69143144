// The copy buttons of code blocks (markup from src/plugins/rehype-code-frame.ts), imported by the
// page's delegated click listener on the first click of a copy button.

/** For a document-wide click listener: copies the block whose copy button was clicked. */
export function copyCodeOnClick(event: Event): void {
	// The target is an element or the document, which has no closest().
	const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-copy-code]');
	const frame = button?.closest('figure');
	const status = frame?.querySelector('.copy-status');
	if (!button || !frame || !status) return;
	const showStatus = (text = '') => {
		status.textContent = text;
		button.classList.toggle('copied', !!text);
	};
	// textContent is the source as written: Shiki keeps line breaks as text, and nothing else is
	// put into the code (line numbers or markers, if ever added, belong in CSS).
	navigator.clipboard.writeText(frame.querySelector('code')?.textContent ?? '').then(
		() => {
			showStatus(button.dataset['copied']);
			setTimeout(showStatus, 2000);
		},
		// Clipboard access can be refused (insecure origin, permission): the text stays selectable.
		() => {},
	);
}
