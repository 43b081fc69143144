/**
 * Link-preview cards: text wraps by words (Chinese ones too) and, drawn with the fonts the build
 * uses, the longest names and taglines of the catalogue stay inside the card's margins.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
	cardFont,
	cardHeight,
	cardSvg,
	cardWidth,
	wrapText,
	type CardContent,
} from '@/lib/og-card';
import { cardFontFiles } from '@/lib/og-image';

describe('wrapping a card text', () => {
	it('breaks English between words and ends an overlong text with an ellipsis', () => {
		const style = { fontSize: 36, font: 'latin' as const, width: 400 };
		const lines = wrapText('The engine and command-line tool that made containers ordinary', {
			...style,
			maxLines: 5,
		});
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line).toMatch(/^\S.*\S$/);
		expect(lines.join(' ').replace(/- /g, '-')).toBe(
			'The engine and command-line tool that made containers ordinary',
		);
		const cut = wrapText('word '.repeat(60), { ...style, maxLines: 2 });
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
	});

	it('breaks Chinese between words and never starts a line with a comma or a full stop', () => {
		const text =
			'Grafana Labs 出品的日志系统：只给标签建索引，不做全文索引，压缩后的日志块放在对象存储里。';
		const lines = wrapText(text, { fontSize: 36, font: 'cjk', width: 500, maxLines: 6 });
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(line).not.toMatch(/^[，。：、]/);
		const withoutSpaces = (text: string) => text.replace(/\s/g, '');
		expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(text));
	});
});

/** The `key: value` lines of a file's front matter or YAML, where the value is on one line. */
async function field(file: string, key: string): Promise<string | undefined> {
	const match = new RegExp(`^${key}: (.+)$`, 'm').exec(await readFile(file, 'utf8'));
	return match?.[1]?.trim();
}

async function longestTexts(locale: 'en' | 'zh'): Promise<{ name: string; tagline: string }> {
	const root = join(process.cwd(), 'content', 'apps');
	const slugs = await readdir(root);
	const names: string[] = [];
	const taglines: string[] = [];
	for (const slug of slugs) {
		const text = join(root, slug, `${locale}.mdx`);
		names.push(
			(await field(text, 'name')) ?? (await field(join(root, slug, 'facts.yaml'), 'name')) ?? '',
		);
		taglines.push((await field(text, 'tagline')) ?? '');
	}
	const longest = (values: string[]) => values.reduce((a, b) => (b.length > a.length ? b : a), '');
	return { name: longest(names), tagline: longest(taglines) };
}

/** The box around everything drawn on the card except its background and top band. */
function inkBox(content: CardContent) {
	const svg = cardSvg(content).replace(/<rect [^>]*\/>/g, '');
	const box = new Resvg(svg, {
		font: { fontFiles: cardFontFiles(cardFont(content)), loadSystemFonts: false },
	}).getBBox();
	if (!box) throw new Error('the card draws nothing');
	return box;
}

describe('the cards of the catalogue', () => {
	it.each([
		['en', 'Go', 'Databases and storage'],
		['zh', '部分 Go', '数据库与存储'],
	] as const)(
		'keep the longest %s name and tagline inside the margins',
		async (locale, status, domain) => {
			const { name, tagline } = await longestTexts(locale);
			const box = inkBox({
				siteName: 'Built with Go',
				title: name,
				text: tagline,
				footer: domain,
				status: { value: 'partial', label: status },
			});
			expect(box.x).toBeGreaterThanOrEqual(60);
			expect(box.x + box.width).toBeLessThanOrEqual(cardWidth - 60);
			expect(box.y + box.height).toBeLessThanOrEqual(cardHeight - 30);
		},
	);

	it('sets a card with Chinese text in the CJK font and an English one in the Latin font', () => {
		const base = { siteName: 'Built with Go', title: 'Docker', footer: 'Containers' };
		expect(cardFont({ ...base, text: 'The engine.' })).toBe('latin');
		expect(cardFont({ ...base, text: '容器引擎。' })).toBe('cjk');
		expect(cardSvg({ ...base, text: 'A & B <c>' })).toContain('A &#38; B &#60;c&#62;');
	});
});
