/**
 * Chinese words as a reader's browser splits them. Pagefind (1.5 and later) splits a Chinese query
 * with the browser's Intl.Segmenter but the indexed text with its own segmenter, and where the two
 * disagree a query word is missing from the index (Pagefind issue #1237). The indexer compares the
 * two splits of every Chinese page and indexes the browser's words that Pagefind's lacks.
 */

const hanWord = /^\p{Script=Han}+$/u;

/** The distinct words made of Han characters that Intl.Segmenter finds in `text`. */
export function browserWords(text: string, lang: string): Set<string> {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	const words = new Set<string>();
	for (const { segment, isWordLike } of segmenter.segment(text)) {
		if (isWordLike && hanWord.test(segment)) words.add(segment);
	}
	return words;
}

/**
 * The browser's words that Pagefind's indexer did not produce, sorted. `indexedText` is a page's
 * content as Pagefind stores it: its words separated by spaces or, within a run of Chinese, by
 * zero-width spaces.
 */
export function wordsMissingFromIndex(indexedText: string, lang: string): string[] {
	const indexed = new Set(indexedText.split(/[\s\u200b]+/u));
	const text = indexedText.replaceAll('\u200b', '');
	return [...browserWords(text, lang)].filter((word) => !indexed.has(word)).sort();
}
