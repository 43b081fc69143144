/**
 * Accessibility: axe-core on every built page in both themes, and what axe cannot judge alone:
 * keyboard reach with a visible focus, the skip link, reduced motion, badges that are not colour.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { goStatuses, verdicts } from '@/lib/vocabulary';
import { builtPages } from '../support/built-pages';
import { searchFor } from './reader-actions';
import { openPage } from './site';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices. */
const axeTags = [
	'wcag2a',
	'wcag2aa',
	'wcag21a',
	'wcag21aa',
	'wcag22a',
	'wcag22aa',
	'best-practice',
];

const pages = await builtPages('dist');
const addresses = pages.map((page) => `/${page.path}`);

/** What the injected axe-core script puts on `window`. */
interface AxeWindow {
	axe: { run(context: Document, options: object): Promise<AxeResults> };
}

function describeViolation(violation: Result): string {
	const nodes = violation.nodes
		.slice(0, 3)
		.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
	return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}`;
}

/** The rules whose outcome depends on colours, all that a theme changes: the markup is the same. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** The violations axe finds on the page as it is now, one readable line each. */
async function axeViolations(page: Page, only: { type: 'tag' | 'rule'; values: string[] }) {
	const { violations } = await page.evaluate(
		(runOnly) =>
			(window as unknown as AxeWindow).axe.run(document, { runOnly, resultTypes: ['violations'] }),
		only,
	);
	return violations.map(describeViolation);
}

describe('axe-core', () => {
	let page: Page;
	beforeAll(async () => {
		page = await openPage('about:blank', { colorScheme: 'light' });
		await page.context().addInitScript(axeSource);
	});

	// One visit per page: every rule in the light theme, then what the toggle does,
	// <html data-theme="dark">, and the colour rules again.
	it.each(addresses)('%s has no violation in the light and the dark theme', async (address) => {
		await page.goto(address);
		const light = await axeViolations(page, { type: 'tag', values: axeTags });
		await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
		const dark = await axeViolations(page, { type: 'rule', values: colourRules });
		expect({ light, dark }).toEqual({ light: [], dark: [] });
	});
});

/** One of each page type, in both languages where the layout differs. */
const pageTypes = [
	'/',
	'/zh/',
	'/apps/docker/',
	'/zh/apps/kubernetes/',
	'/domains/containers/',
	'/guides/is-it-go/',
	'/search/',
	'/404.html',
];

interface FocusStop {
	/** The control's index among the page's controls, or undefined outside them. */
	index: number | undefined;
	name: string;
	/** Why the focus cannot be seen, if it cannot. */
	unseen: string | undefined;
}

/** Marks every control a keyboard should reach and returns their names, in document order. */
function markControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		// Native controls count even with tabindex="-1" (that is the mistake to catch); other
		// elements only when they made themselves focusable.
		const native = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
		const candidates = document.querySelectorAll<HTMLElement>(`${native}, [tabindex]`);
		const controls = [...candidates].filter(
			(element) =>
				(element.matches(native) || element.tabIndex >= 0) &&
				!(element as HTMLButtonElement).disabled &&
				element.checkVisibility({ visibilityProperty: true }),
		);
		controls.forEach((element, index) => (element.dataset['control'] = String(index)));
		return controls.map((element) => element.outerHTML.slice(0, 80));
	});
}

/** Where the focus is, and whether a sighted keyboard user can see it. */
function focusStop(page: Page): Promise<FocusStop> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		const index = element?.dataset['control'];
		if (!element || element === document.body)
			return { index: undefined, name: 'body', unseen: undefined };
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		const unseen =
			!outlined && style.boxShadow === 'none'
				? 'has no focus outline'
				: box.width < 1 || box.height < 1 || box.bottom < 0 || box.top > innerHeight
					? 'is not on screen when focused'
					: !hit || !(element.contains(hit) || hit.contains(element))
						? 'is covered by another element when focused'
						: undefined;
		return {
			index: index === undefined ? undefined : Number(index),
			name: element.outerHTML.slice(0, 80),
			unseen,
		};
	});
}

describe('keyboard', () => {
	it.each(pageTypes)('%s: Tab reaches every control, each with a visible focus', async (path) => {
		const page = await openPage(path);
		const controls = await markControls(page);
		const reached = new Set<number>();
		const unseen: string[] = [];
		for (let press = 0; press < controls.length + 2; press++) {
			await page.keyboard.press('Tab');
			const stop = await focusStop(page);
			if (stop.index !== undefined && reached.has(stop.index)) break;
			if (stop.index !== undefined) reached.add(stop.index);
			if (stop.unseen) unseen.push(`${stop.name} ${stop.unseen}`);
		}
		const missed = controls.filter((_, index) => !reached.has(index));
		expect(missed, 'controls Tab never reached').toEqual([]);
		expect(unseen).toEqual([]);
	});

	it('the skip link is the first stop, visible, and moves the focus to the content', async () => {
		const page = await openPage('/apps/docker/');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
		expect((await focusStop(page)).unseen).toBeUndefined();
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#content');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
		// The next Tab continues inside the content, not back in the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
	});

	it('with reduced motion nothing moves: opening search, switching theme, following an anchor', async () => {
		const page = await openPage('/apps/docker/', { reducedMotion: 'reduce' });
		await page.click('[data-theme-toggle]');
		await page.locator('.toc a').last().click();
		await searchFor(page, 'docker');
		const motion = await page.evaluate(() => ({
			animations: document.getAnimations().map((animation) => String(animation.id || animation)),
			scrollBehaviour: getComputedStyle(document.documentElement).scrollBehavior,
		}));
		expect(motion).toEqual({ animations: [], scrollBehaviour: 'auto' });
	});
});

/** What a badge shows besides its colour: its word and its shape (an SVG path or a mark). */
interface BadgeLook {
	word: string;
	shape: string;
}

function badgeLook(badge: Element): BadgeLook {
	let shape = '';
	visit(badge, 'element', (element) => {
		if (element.tagName === 'path') shape += String(element.properties['d'] ?? '');
		else if (element.tagName === 'span' && element.properties['ariaHidden'] === 'true')
			shape += toText(element);
	});
	const text = toText(badge, { whitespace: 'normal' }).trim();
	return { word: text.startsWith(shape) ? text.slice(shape.length).trim() : text, shape };
}

function classesOf(element: Element): string[] {
	return (element.properties['className'] as string[] | undefined) ?? [];
}

/** Every built page's tree with its language, parsed once for the checks below. */
const trees = await Promise.all(
	pages.map(async ({ file, path }) => {
		const tree = fromHtml(await readFile(file, 'utf8'));
		let lang = '';
		visit(tree, 'element', (element) => {
			if (element.tagName === 'html') lang = String(element.properties['lang']);
		});
		return { path, lang, tree };
	}),
);

describe('not colour alone', () => {
	it('each Go status and each verdict has its own word and shape, the same on every page', () => {
		/** `<lang> <value>` → every distinct look it was shown with. */
		const looks = new Map<string, Set<string>>();
		for (const { lang, tree } of trees) {
			visit(tree, 'element', (element) => {
				const value =
					element.properties['dataGoStatusBadge'] ??
					classesOf(element)
						.find((name) => name.startsWith('verdict-'))
						?.slice('verdict-'.length);
				if (typeof value !== 'string') return;
				const key = `${lang} ${value}`;
				looks.set(key, (looks.get(key) ?? new Set()).add(JSON.stringify(badgeLook(element))));
			});
		}
		for (const lang of ['en', 'zh-CN']) {
			for (const values of [goStatuses, verdicts]) {
				const variants = values.map((value) => [...(looks.get(`${lang} ${value}`) ?? [])]);
				expect(
					variants.map((looks) => looks.length),
					`${lang}: ${values.join(', ')}`,
				).toEqual(values.map(() => 1));
				const shown = variants.map(([look]) => JSON.parse(look ?? '{}') as BadgeLook);
				for (const { word, shape } of shown) expect(word && shape).toBeTruthy();
				expect(new Set(shown.map((look) => look.word)).size).toBe(values.length);
				expect(new Set(shown.map((look) => look.shape)).size).toBe(values.length);
			}
		}
	});

	it('every diagram has text labels and an accessible name', () => {
		const diagrams: string[] = [];
		const problems: string[] = [];
		for (const { path, tree } of trees) {
			visit(tree, 'element', (figure) => {
				if (figure.tagName !== 'figure' || !classesOf(figure).includes('diagram')) return;
				diagrams.push(path);
				const svg = figure.children.find(
					(child): child is Element => child.type === 'element' && child.tagName === 'svg',
				);
				let labels = '';
				let title = '';
				if (svg)
					visit(svg, 'element', (child) => {
						if (child.tagName === 'text') labels += toText(child);
						if (child.tagName === 'title') title += toText(child);
					});
				if (!labels.trim() || !title.trim() || svg?.properties['role'] !== 'img')
					problems.push(`/${path}: diagram ${diagrams.length}`);
			});
		}
		expect(diagrams.length).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
});
