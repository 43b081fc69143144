import { describe, expect, it } from 'vitest';
import { findCatalogueProblems, type AppFacts, type CatalogueInput } from '@/lib/catalogue-check';

const app = (slug: string, overrides: Partial<AppFacts> = {}): AppFacts => ({
	slug,
	file: `content/apps/${slug}/facts.yaml`,
	name: slug.toUpperCase(),
	aliases: [],
	domain: 'containers',
	related: [],
	...overrides,
});

const texts = (...slugs: string[]) =>
	slugs.flatMap((slug) =>
		['en', 'zh'].map((locale) => ({
			id: `${slug}/${locale}`,
			file: `content/apps/${slug}/${locale}.mdx`,
		})),
	);

const valid: CatalogueInput = {
	apps: [app('docker', { related: ['runc'], aliases: ['moby'] }), app('runc')],
	appTexts: texts('docker', 'runc'),
	pages: [
		{ id: 'about/en', file: 'content/pages/about/en.mdx' },
		{ id: 'about/zh', file: 'content/pages/about/zh.mdx' },
	],
	domains: ['containers', 'orchestration'],
	locales: ['en', 'zh'],
};

describe('findCatalogueProblems', () => {
	it('accepts a consistent catalogue', () => {
		expect(findCatalogueProblems(valid)).toEqual([]);
	});

	it('names the file, the field and a close match for an unknown domain', () => {
		const problems = findCatalogueProblems({
			...valid,
			apps: [app('docker', { domain: 'containres' })],
			appTexts: texts('docker'),
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('content/apps/docker/facts.yaml: domain: "containres"');
		expect(problems[0]).toContain('did you mean "containers"');
	});

	it('rejects an unknown or self-referencing related application', () => {
		const problems = findCatalogueProblems({
			...valid,
			apps: [app('docker', { related: ['rnuc', 'docker'] }), app('runc')],
		});
		expect(problems.join('\n')).toContain('related: "rnuc" is not an application');
		expect(problems.join('\n')).toContain('did you mean "runc"');
		expect(problems.join('\n')).toContain('cannot be related to itself');
	});

	it('rejects an application without its Chinese page, naming the file to write', () => {
		const problems = findCatalogueProblems({
			...valid,
			appTexts: valid.appTexts.filter((t) => t.id !== 'runc/zh'),
		});
		expect(problems).toEqual([expect.stringContaining('write content/apps/runc/zh.mdx')]);
	});

	it('rejects prose without facts', () => {
		const problems = findCatalogueProblems({
			...valid,
			appTexts: [...valid.appTexts, ...texts('etcd')],
		});
		expect(problems.join('\n')).toContain(
			'content/apps/etcd/en.mdx: there is no content/apps/etcd/facts.yaml',
		);
	});

	it('rejects a page in one language only', () => {
		const problems = findCatalogueProblems({
			...valid,
			pages: [{ id: 'guides/is-it-go/en', file: 'content/pages/guides/is-it-go/en.mdx' }],
		});
		expect(problems).toEqual([
			expect.stringContaining('write content/pages/guides/is-it-go/zh.mdx'),
		]);
	});

	it('rejects an alias that two applications share, whatever its case', () => {
		const problems = findCatalogueProblems({
			...valid,
			apps: [app('docker', { aliases: ['Moby'] }), app('runc', { aliases: ['moby'] })],
		});
		expect(problems).toEqual([
			expect.stringContaining(
				'content/apps/runc/facts.yaml: aliases: "moby" is already an alias of docker',
			),
		]);
	});

	it('names the folder when a new application takes the slug of another one’s alias', () => {
		const problems = findCatalogueProblems({
			...valid,
			apps: [app('docker', { aliases: ['moby'] }), app('moby', { name: 'Moby Project' })],
			appTexts: texts('docker', 'moby'),
		});
		expect(problems).toEqual([
			expect.stringContaining(
				'content/apps/moby/facts.yaml: folder name: "moby" is already an alias of docker (content/apps/docker/facts.yaml)',
			),
		]);
	});

	it('rejects a folder name that cannot be a URL', () => {
		const problems = findCatalogueProblems({
			...valid,
			apps: [app('Docker_Engine')],
			appTexts: texts('Docker_Engine'),
		});
		expect(problems).toEqual([expect.stringContaining('e.g. "docker-engine"')]);
	});
});
