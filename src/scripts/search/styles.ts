// The search styles travel inside the search module (esbuild embeds the file as text), so pages
// carry none of them until the reader opens search. The search page has them inlined already.
import css from '../../styles/search.css' with { type: 'text' };

let added = false;

export function addSearchStyles(): void {
	if (added) return;
	const style = document.createElement('style');
	style.textContent = css;
	document.head.append(style);
	added = true;
}
