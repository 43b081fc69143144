/** The overview pictures as Mermaid: every application once, in order, marked by Go status. */
import { describe, expect, it, vi } from 'vitest';
import type { App, Catalogue, Domain } from '@/lib/catalogue';
import { domainMap, releaseTimeline } from '@/lib/overview-diagrams';
import type { GoStatus } from '@/lib/vocabulary';

// The catalogue loader reads Astro's collections; these tests hand it a catalogue instead.
vi.mock('astro:content', () => ({}));

function app(slug: string, name: string, domain: string, firstRelease: number, goStatus: GoStatus) {
	const text = (localName?: string) => ({ data: { name: localName } });
	return {
		slug,
		domain,
		related: [],
		facts: { name, firstRelease, goStatus },
		text: { en: text(), zh: text(slug === 'twitch-chat' ? 'Twitch 聊天' : undefined) },
	} as unknown as App;
}

function domain(id: string, order: number, en: string, zh: string): Domain {
	return { id, data: { order, name: { en, zh } } } as Domain;
}

const catalogue: Catalogue = {
	apps: [
		app('docker', 'Docker Engine and CLI', 'containers', 2013, 'core'),
		app('figma-multiplayer', 'Figma: "multiplayer"; server', 'collaboration', 2016, 'not-go'),
		app('runc', 'runc', 'containers', 2015, 'core'),
		app('twitch-chat', 'Twitch chat', 'collaboration', 2011, 'unknown'),
	],
	domains: [
		domain('containers', 1, 'Containers', '容器'),
		domain('collaboration', 2, 'Collaboration', '协作'),
		domain('messaging', 3, 'Messaging', '消息系统'),
	],
	pages: [],
};

describe('the timeline of first releases', () => {
	it('has one period per year, in order, each with its applications and their marks', () => {
		const source = releaseTimeline(catalogue, 'en');
		const periods = source.split('\n').filter((line) => /^\s+\d{4} :/.test(line));
		expect(periods.map((line) => line.trim().slice(0, 4))).toEqual([
			'2011',
			'2013',
			'2015',
			'2016',
		]);
		expect(periods[0]).toContain('? Twitch chat');
		expect(periods[1]).toContain('● Docker Engine and CLI');
		expect(source).toMatch(/^\s+accTitle: First releases$/m);
		expect(source).toContain('from 2011 to 2016');
	});

	it('writes colons, quotes and semicolons of names as entity codes, and uses names in the language', () => {
		const source = releaseTimeline(catalogue, 'zh');
		expect(source).toContain('✕ Figma#58; #34;multiplayer#34;#59; server');
		expect(source).toContain('? Twitch 聊天');
		expect(source).toMatch(/^\s+accTitle: 首次发布$/m);
	});
});

describe('the map of domains', () => {
	it('links each domain that has applications to each of them, classed by Go status', () => {
		const source = domainMap(catalogue, 'zh');
		expect(source).toContain('domain_containers["容器"]');
		expect(source).toContain('domain_containers --- app_docker("● Docker Engine and CLI")');
		expect(source).toContain('class app_figma_multiplayer status-not-go');
		expect(source).not.toContain('消息系统');
		expect(source.match(/^\s+domain_\w+ --- app_/gm)).toHaveLength(catalogue.apps.length);
	});
});
