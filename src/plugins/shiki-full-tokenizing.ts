/**
 * Lets Shiki tokenize every line to its end. By default it stops a line after 500 ms and leaves the
 * rest uncoloured; how far it gets then depends on how busy the machine is, so the same commit
 * could build different HTML. Astro's Shiki options do not reach that limit; a transformer's
 * preprocess hook receives the very options object the tokenizer reads next.
 */
import type { ShikiTransformer } from 'shiki';

export function fullTokenizing(): ShikiTransformer {
	return {
		name: 'built-with-go:full-tokenizing',
		preprocess(_code, options) {
			// 0 means no limit.
			options.tokenizeTimeLimit = 0;
		},
	};
}
