/**
 * The link-preview card of a page (OpenGraph and Twitter image) as SVG, 1200 × 630: the site's
 * mark, a title, a text under it and a footer line (an application's Go status and domain).
 * SVG has no line wrapping, so text is wrapped here by an estimate of its width that errs wide;
 * a unit test renders the longest texts of the catalogue and checks that they stay on the card.
 */
import { goStatusShapes } from './go-status-shapes';
import type { GoStatus } from './vocabulary';

export const cardWidth = 1200;
export const cardHeight = 630;

const margin = 80;
const textWidth = cardWidth - 2 * margin;

export interface CardContent {
	siteName: string;
	/** Site or application name. */
	title: string;
	/** The tagline under the title. */
	text: string;
	/** The footer line, e.g. a domain; with `status`, it follows the status badge. */
	footer: string;
	status?: { value: GoStatus; label: string };
}

/**
 * resvg sets a whole line in one font once a character needs a fallback, so a card is set either
 * in a Latin sans or, when it has Chinese text, wholly in Noto Sans CJK, whose Latin letters go
 * with its Chinese ones. `og-image.ts` loads the matching font files.
 */
export type CardFont = 'latin' | 'cjk';

const fontFamily: Record<CardFont, string> = {
	latin: "'DejaVu Sans', 'Liberation Sans', sans-serif",
	cjk: "'Noto Sans CJK SC', sans-serif",
};

const colours = {
	background: '#ffffff',
	band: '#00add8',
	accent: '#007d9c',
	text: '#1b1f23',
	muted: '#535c66',
	status: {
		core: '#1a6e36',
		partial: '#7a5600',
		'not-go': '#b3261e',
		unknown: '#535c66',
	} satisfies Record<GoStatus, string>,
};

const cjk = /[\u2e80-\u9fff\u3000-\u303f\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

export function cardFont(content: CardContent): CardFont {
	const { siteName, title, text, footer, status } = content;
	return cjk.test([siteName, title, text, footer, status?.label ?? ''].join(' ')) ? 'cjk' : 'latin';
}

/**
 * Advance of a Latin character in em, a little above the measured averages of DejaVu Sans
 * (lower case 0.56, bold 0.63; capitals 0.67, bold 0.75); Noto Sans CJK's Latin is about a tenth
 * narrower. CJK characters are 1 em in both.
 */
function charWidth(char: string, bold: boolean, font: CardFont): number {
	if (cjk.test(char)) return 1;
	const scale = font === 'cjk' ? 0.9 : 1;
	if (/[\s.,:;'!|iljtf()]/.test(char)) return 0.34 * scale;
	if (/[A-Z]|[mw@%&—]/.test(char)) return (bold ? 0.8 : 0.72) * scale;
	return (bold ? 0.67 : 0.6) * scale;
}

interface TextStyle {
	fontSize: number;
	font: CardFont;
	bold?: boolean;
}

export function estimateWidth(text: string, { fontSize, font, bold = false }: TextStyle): number {
	return [...text].reduce((sum, char) => sum + charWidth(char, bold, font), 0) * fontSize;
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const openingMark = /^[(（“‘「《[]$/;

/**
 * Units a line may break between: words (Chinese ones too), each with the spaces and closing
 * punctuation after it and the opening punctuation before it, so that no line starts with a comma
 * or ends with an opening bracket.
 */
function breakUnits(text: string): string[] {
	const units: string[] = [];
	let opening = '';
	for (const { segment, isWordLike } of words.segment(text)) {
		if (openingMark.test(segment)) opening += segment;
		else if (!isWordLike && units.length > 0 && !opening) units[units.length - 1] += segment;
		else {
			units.push(opening + segment);
			opening = '';
		}
	}
	if (opening) units.push(opening);
	return units;
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `width`; text that does not fit ends
 * with an ellipsis on the last line.
 */
export function wrapText(
	text: string,
	{ width, maxLines, ...style }: TextStyle & { width: number; maxLines: number },
): string[] {
	const fits = (candidate: string) => estimateWidth(candidate.trimEnd(), style) <= width;
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text.trim())) {
		if (fits(line + unit)) {
			line += unit;
			continue;
		}
		if (line) lines.push(line.trimEnd());
		line = unit.trimStart();
		// A unit wider than a line (a very long word) is cut between characters.
		while (!fits(line)) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]}…`;
	while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
	kept[maxLines - 1] = last;
	return kept;
}

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function textBlock(
	lines: string[],
	{
		y,
		fontSize,
		lineHeight = 0,
		fill,
		bold = false,
	}: Omit<TextStyle, 'font'> & {
		y: number;
		lineHeight?: number;
		fill: string;
	},
): string {
	const spans = lines
		.map(
			(line, index) =>
				`<tspan x="${margin}" y="${y + index * lineHeight}">${escapeXml(line)}</tspan>`,
		)
		.join('');
	const weight = bold ? ' font-weight="700"' : '';
	return `<text font-size="${fontSize}"${weight} fill="${fill}">${spans}</text>`;
}

/** The site mark of the header: three speed lines and a ring, 64 px. */
const siteMark = `<g transform="translate(${margin - 8} 68) scale(2)" fill="none" stroke="${colours.accent}" stroke-width="2.4" stroke-linecap="round"><path d="M7 12h9M5 16h9M9 20h8"/><circle cx="22" cy="16" r="5"/></g>`;

function footerLine(content: CardContent, font: CardFont, y: number): string {
	const { status } = content;
	if (!status) {
		const [line = ''] = wrapText(content.footer, {
			fontSize: 34,
			font,
			width: textWidth,
			maxLines: 1,
		});
		return textBlock([line], { y, fontSize: 34, fill: colours.muted });
	}
	const colour = colours.status[status.value];
	const badgeWidth = 56 + estimateWidth(`${status.label} · `, { fontSize: 34, font, bold: true });
	const [line = ''] = wrapText(content.footer, {
		fontSize: 34,
		font,
		width: textWidth - badgeWidth,
		maxLines: 1,
	});
	return [
		`<path transform="translate(${margin} ${y - 32}) scale(2.5)" d="${goStatusShapes[status.value]}" fill="${colour}" fill-rule="evenodd"/>`,
		`<text x="${margin + 56}" y="${y}" font-size="34"><tspan font-weight="700" fill="${colour}">${escapeXml(status.label)}</tspan><tspan fill="${colours.muted}"> · ${escapeXml(line)}</tspan></text>`,
	].join('');
}

/** The whole card as an SVG document. */
export function cardSvg(content: CardContent): string {
	const font = cardFont(content);
	// The largest size at which the title fits on one line, else on two.
	const titleSize =
		[76, 60, 52].find((fontSize) => {
			const width = estimateWidth(content.title, { fontSize, font, bold: true });
			return width <= textWidth * (fontSize === 76 ? 1 : 2) * 0.95;
		}) ?? 52;
	const titleLineHeight = Math.round(titleSize * 1.2);
	const title = wrapText(content.title, {
		fontSize: titleSize,
		font,
		bold: true,
		width: textWidth,
		maxLines: 2,
	});
	const titleTop = 250;
	const textTop = titleTop + (title.length - 1) * titleLineHeight + 78;
	const text = wrapText(content.text, {
		fontSize: 36,
		font,
		width: textWidth,
		maxLines: title.length > 1 ? 2 : 3,
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidth}" height="${cardHeight}" viewBox="0 0 ${cardWidth} ${cardHeight}" font-family="${escapeXml(fontFamily[font])}">`,
		`<rect width="${cardWidth}" height="${cardHeight}" fill="${colours.background}"/>`,
		`<rect width="${cardWidth}" height="14" fill="${colours.band}"/>`,
		siteMark,
		`<text x="${margin + 64}" y="118" font-size="36" font-weight="700" fill="${colours.accent}">${escapeXml(content.siteName)}</text>`,
		textBlock(title, {
			y: titleTop,
			fontSize: titleSize,
			lineHeight: titleLineHeight,
			fill: colours.text,
			bold: true,
		}),
		textBlock(text, { y: textTop, fontSize: 36, lineHeight: 52, fill: colours.muted }),
		footerLine(content, font, cardHeight - 70),
		'</svg>',
	].join('');
}
