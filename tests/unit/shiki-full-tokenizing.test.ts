import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { fullTokenizing } from '@/plugins/shiki-full-tokenizing';

// One long line: Shiki needs far more than a millisecond to tokenize it.
const terms = Array.from({ length: 300 }, (_, i) => `f(${i}, "s${i}", nil)`).join(' + ');
const code = `package main\n\nfunc main() {\n\tx := ${terms} // done\n\t_ = x\n}\n`;
const options = {
	lang: 'go',
	themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
	defaultColor: false,
} as const;

describe('fullTokenizing', () => {
	it('colours every line to its end, however long Shiki takes', async () => {
		const complete = await codeToHtml(code, { ...options, tokenizeTimeLimit: 0 });
		const hurried = { ...options, tokenizeTimeLimit: 1 };
		expect(await codeToHtml(code, hurried)).not.toBe(complete);
		expect(await codeToHtml(code, { ...hurried, transformers: [fullTokenizing()] })).toBe(complete);
	});
});
