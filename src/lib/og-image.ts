/**
 * Renders link-preview cards (`og-card.ts`) to PNG with resvg, at build time.
 *
 * resvg draws text only with the fonts it is given, so the machine's fonts are loaded by path:
 * a Latin sans (DejaVu or Liberation: about 30 ms a card) for English cards, Noto Sans CJK
 * (`fonts-noto-cjk`: 0.3 to 0.7 s a card, mostly outlining its glyphs) for Chinese ones. PNGs are
 * cached on disk by content, like the diagrams, so a rebuild renders only the cards that changed.
 * (resvg's renderAsync was tried to draw cards in parallel: on two cores it was slower.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cardFont, cardSvg, type CardContent, type CardFont } from './og-card';

/** Bump whenever the card's drawing changes outside `cardSvg`: it is part of the cache key. */
const rendererVersion = 1;

const require = createRequire(import.meta.url);
const resvgVersion = (
	JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as {
		version: string;
	}
).version;

/** Where Debian (fonts-dejavu-core, fonts-liberation, fonts-noto-cjk), Fedora and Arch put them. */
const fontCandidates = {
	latin: [
		[
			'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
			'/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
		],
		[
			'/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
			'/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
		],
		[
			'/usr/share/fonts/TTF/DejaVuSans.ttf', //
			'/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
		],
		[
			'/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
			'/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
		],
	],
	cjk: [
		[
			'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
			'/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
		],
		[
			'/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
			'/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
		],
		[
			'/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
			'/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
		],
	],
};

function firstInstalled(candidates: string[][]): string[] {
	return candidates.find((files) => files.every((file) => existsSync(file))) ?? [];
}

let fonts: { latin: string[]; cjk: string[] } | undefined;
let warnedAboutFonts = false;

/** The font files for a card: the Latin pair, or the CJK pair for a card set in Chinese. */
export function cardFontFiles(font: CardFont): string[] {
	fonts ??= {
		latin: firstInstalled(fontCandidates.latin),
		cjk: firstInstalled(fontCandidates.cjk),
	};
	if ((fonts.latin.length === 0 || fonts.cjk.length === 0) && !warnedAboutFonts) {
		warnedAboutFonts = true;
		console.warn(
			'og-images: DejaVu Sans (or Liberation Sans) and Noto Sans CJK were not both found, so link-preview cards fall back to other fonts. Install them (Debian: apt-get install -y fonts-dejavu-core fonts-noto-cjk).',
		);
	}
	// Noto Sans CJK has Latin letters too, so it stands in for a missing Latin font.
	return font === 'cjk' || fonts.latin.length === 0 ? fonts.cjk : fonts.latin;
}

function cacheDirectory(): string {
	return (
		process.env['OG_IMAGE_CACHE_DIR'] ??
		join(process.cwd(), 'node_modules/.cache/built-with-go/og-images')
	);
}

/** Renders an SVG card to PNG with the given fonts (none found: the system's, slowly). */
function renderSvgToPng(svg: string, fontFiles: string[]): Buffer {
	const resvg = new Resvg(svg, {
		font: { fontFiles, loadSystemFonts: fontFiles.length === 0 },
		fitTo: { mode: 'original' },
	});
	return resvg.render().asPng();
}

/** The card as PNG bytes, from the disk cache when the same card was rendered before. */
export async function renderCard(content: CardContent): Promise<Buffer> {
	const svg = cardSvg(content);
	const fontFiles = cardFontFiles(cardFont(content));
	const key = createHash('sha256')
		.update(`og ${rendererVersion} resvg ${resvgVersion}\n${fontFiles.join('\n')}\n${svg}`)
		.digest('hex');
	const cachePath = join(cacheDirectory(), `${key}.png`);
	try {
		const png = await readFile(cachePath);
		return png;
	} catch {
		// Not cached yet.
	}
	const png = renderSvgToPng(svg, fontFiles);
	await mkdir(cacheDirectory(), { recursive: true });
	// Write then rename, so a parallel build never reads half a file.
	const partial = `${cachePath}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, cachePath);
	return png;
}
