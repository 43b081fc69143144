// Builds result elements from Pagefind's data with DOM calls: text from the index never reaches
// innerHTML.
import { goStatusShapes } from '../../lib/go-status-shapes';
import type { GoStatus } from '../../lib/vocabulary';
import type { ResultData } from './pagefind';

function element<Tag extends keyof HTMLElementTagNameMap>(
	tag: Tag,
	className: string,
	...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] {
	const created = document.createElement(tag);
	created.className = className;
	created.append(...children);
	return created;
}

/**
 * Pagefind's excerpt is the page text with `<` and `>` escaped and the matched words wrapped in
 * `<mark>`: split it on the marks and undo the escaping into text nodes.
 */
export function highlightedExcerpt(excerpt: string): Node[] {
	const text = (part: string) => part.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
	return excerpt.split(/<mark>(.*?)<\/mark>/).map((part, i) =>
		// Odd parts are the captured contents of a mark.
		i % 2 === 1 ? element('mark', '', text(part)) : document.createTextNode(text(part)),
	);
}

/** The Go status as the site's badges show it (GoStatusBadge.astro): its shape and its word. */
function statusBadge(status: GoStatus, word: string): HTMLSpanElement {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	svg.setAttribute('viewBox', '0 0 16 16');
	svg.setAttribute('aria-hidden', 'true');
	const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
	path.setAttribute('d', goStatusShapes[status]);
	path.setAttribute('fill', 'currentColor');
	path.setAttribute('fill-rule', 'evenodd');
	svg.append(path);
	return element('span', `badge status-${status}`, svg, word);
}

/** One result: the page's name, its domain and Go status, an excerpt and links to its sections. */
export function resultItem(data: ResultData): HTMLLIElement {
	const title = element('a', 'search-result-title', data.meta['title'] ?? data.url);
	title.href = data.url;
	const details = element('p', 'search-result-details');
	const status = data.meta['status'];
	const statusWord = data.filters['status']?.[0];
	if (status && status in goStatusShapes && statusWord)
		details.append(statusBadge(status as GoStatus, statusWord));
	const domain = data.meta['domain'];
	// A domain page's domain is its own title.
	if (domain && domain !== data.meta['title']) details.append(element('span', '', domain));

	const item = element('li', 'search-result', title);
	if (details.hasChildNodes()) item.append(details);
	item.append(element('p', 'search-result-excerpt', ...highlightedExcerpt(data.excerpt)));
	// Sections with an anchor, leaving out the one whose excerpt the result already shows.
	const sections = data.sub_results
		.filter((sub) => sub.url.includes('#') && sub.excerpt !== data.excerpt)
		.slice(0, 2);
	if (sections.length > 0) {
		item.append(
			element(
				'ul',
				'search-result-sections',
				...sections.map((sub) => {
					const link = element('a', '', sub.title);
					link.href = sub.url;
					const excerpt = element('span', '', ...highlightedExcerpt(sub.excerpt));
					return element('li', '', link, ' ', excerpt);
				}),
			),
		);
	}
	return item;
}
