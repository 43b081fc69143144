/**
 * The whole catalogue of issue 3 is on the built site: every application of the source article's
 * list in both languages, each page with what the issue asks of it (a rendered diagram that fits
 * the reading column, Go code, the claims with verdicts, sources, related applications), every
 * domain listing its applications, and the guide and the about page. The list is written here,
 * not read from content/, so that a page missing from content/ fails the test.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlLang, localizedPath, locales } from '@/lib/locales';
import { goStatuses, verdicts, type GoStatus } from '@/lib/vocabulary';
import { openPage } from './site';

/** Issue 3's list: every application with its domain. */
const catalogue: Record<string, string> = {
	docker: 'containers',
	containerd: 'containers',
	runc: 'containers',
	kubernetes: 'orchestration',
	'kubernetes-operators': 'orchestration',
	prometheus: 'observability',
	loki: 'observability',
	grafana: 'observability',
	telegraf: 'observability',
	terraform: 'infrastructure-as-code',
	etcd: 'databases-storage',
	cockroachdb: 'databases-storage',
	influxdb: 'databases-storage',
	minio: 'databases-storage',
	'dropbox-magic-pocket': 'databases-storage',
	nats: 'messaging',
	caddy: 'networking',
	krakend: 'networking',
	'envoy-go-control-plane': 'networking',
	linkerd: 'networking',
	'gitlab-runner': 'developer-tools',
	'github-codespaces': 'developer-tools',
	'figma-multiplayer': 'collaboration',
	mattermost: 'collaboration',
	'twitch-chat': 'collaboration',
	livekit: 'realtime-media',
	'cloudflare-workers': 'edge-computing',
};
const slugs = Object.keys(catalogue);

/** The Go status issue 3 names: wrongly called Go, partly Go, or not public. */
const namedGoStatus: Record<string, GoStatus> = {
	'figma-multiplayer': 'not-go',
	'cloudflare-workers': 'not-go',
	linkerd: 'partial',
	'envoy-go-control-plane': 'partial',
	'dropbox-magic-pocket': 'partial',
	'github-codespaces': 'unknown',
};

/**
 * The widest a diagram may be drawn before the renderer scales it down to the reading column
 * (about 70 characters) and its labels become too small to read (CONTRIBUTING.md, "Diagrams").
 */
const maxDiagramWidth = 760;

const url = (locale: (typeof locales)[number], path: string) => localizedPath(locale, path, '/');

let page: Page;

beforeAll(async () => {
	page = await openPage('/');
});

/** Loads `path` in the shared page and fails, naming it, unless it answers 200. */
async function visit(path: string): Promise<void> {
	// The pages are static HTML: the DOM is complete once it is parsed.
	const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
	expect(response?.status(), `${path} should exist`).toBe(200);
}

/** What a reader finds on an application page, read in one pass. */
function readAppPage() {
	return page.evaluate(() => {
		const all = (selector: string) => [...document.querySelectorAll(selector)];
		return {
			lang: document.documentElement.lang,
			goStatus: document.querySelector('[data-go-status]')?.getAttribute('data-go-status'),
			diagrams: all('figure.diagram').map((figure) => {
				// The diagram itself, not an icon a control of the figure may carry.
				const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
				const titleId = svg?.getAttribute('aria-labelledby');
				const title = titleId ? document.getElementById(titleId)?.textContent : undefined;
				// The width Mermaid laid the diagram out at, before it is scaled to the column.
				const width = svg ? parseFloat(svg.style.maxWidth) || svg.viewBox.baseVal.width : 0;
				return { svg: svg !== null, title: title?.trim() ?? '', width };
			}),
			goBlocks: all('figure.code-frame pre[data-language="go"]').length,
			verdicts: all('[data-verdict]').map((claim) => claim.getAttribute('data-verdict')),
			httpsSources: all('section[aria-labelledby="sources"] a[href^="https://"]').length,
			related: all('section[aria-labelledby="related"] [data-app]').map((card) =>
				card.getAttribute('data-app'),
			),
		};
	});
}

describe('the catalogue of issue 3', () => {
	it.each(locales)('the %s home page lists exactly the 27 applications', async (locale) => {
		await visit(url(locale, ''));
		const cards = await page
			.locator('#all-apps + .grid [data-app]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-app')));
		expect(cards.sort()).toEqual([...slugs].sort());
	});

	describe.each(locales)('in %s', (locale) => {
		it.each(slugs)(
			'%s has its Go status, diagram, Go code, verdicts, sources and links',
			async (slug) => {
				await visit(url(locale, `apps/${slug}/`));
				const found = await readAppPage();

				expect(found.lang).toBe(htmlLang[locale]);
				expect(goStatuses).toContain(found.goStatus);
				if (slug in namedGoStatus) expect(found.goStatus).toBe(namedGoStatus[slug]);

				expect(found.diagrams.length, 'a Mermaid diagram').toBeGreaterThan(0);
				for (const diagram of found.diagrams) {
					expect(diagram.svg, 'the diagram is rendered as inline SVG').toBe(true);
					expect(diagram.title, 'the diagram has an accessible title (accTitle)').not.toBe('');
					expect(
						diagram.width,
						`diagram "${diagram.title}" is laid out ${diagram.width}px wide: draw it top-down (flowchart TD) or split it`,
					).toBeLessThanOrEqual(maxDiagramWidth);
				}

				expect(found.goBlocks, 'a Go code block').toBeGreaterThan(0);
				expect(found.verdicts.length, 'the source article’s claims').toBeGreaterThan(0);
				for (const verdict of found.verdicts) expect(verdicts).toContain(verdict);
				expect(found.httpsSources, 'at least two https sources').toBeGreaterThanOrEqual(2);
				expect(found.related.length, '2 to 4 related applications').toBeGreaterThanOrEqual(2);
				expect(found.related.length, '2 to 4 related applications').toBeLessThanOrEqual(4);
				expect(found.related).not.toContain(slug);
			},
		);

		it.each([...new Set(Object.values(catalogue))])(
			'the domain %s lists its applications',
			async (domain) => {
				await visit(url(locale, `domains/${domain}/`));
				const listed = await page
					.locator(`[data-domain-page="${domain}"] .grid [data-app]`)
					.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-app')));
				const expected = slugs.filter((slug) => catalogue[slug] === domain);
				expect(listed.sort()).toEqual(expected.sort());
			},
		);

		it.each(['about/', 'guides/is-it-go/'])('the page %s exists', async (path) => {
			await visit(url(locale, path));
			expect(await page.getAttribute('html', 'lang')).toBe(htmlLang[locale]);
			expect((await page.textContent('h1'))?.trim().length).toBeGreaterThan(2);
		});
	});
});
