/** JSON-LD of application pages: true to the facts, safe inside its script element. */
import { describe, expect, it } from 'vitest';
import type { App } from '@/lib/catalogue';
import { appStructuredData, programmingLanguages, serializeJsonLd } from '@/lib/structured-data';
import type { GoStatus } from '@/lib/vocabulary';

function app(goStatus: GoStatus, languages: string[], extra: Partial<App['facts']> = {}): App {
	return {
		slug: 'sample',
		domain: 'containers',
		related: [],
		text: {} as App['text'],
		facts: {
			name: 'Sample',
			aliases: [],
			domain: { id: 'containers', collection: 'domains' },
			goStatus,
			components: languages.map((language, index) => ({ name: `part ${index}`, language })),
			organisation: 'Sample Inc.',
			repositories: [],
			website: 'https://example.org/',
			license: 'Apache-2.0',
			firstRelease: 2015,
			related: [],
			sources: [],
			claims: [],
			...extra,
		} as App['facts'],
	};
}

describe('programming languages', () => {
	it('takes the leading language of each component', () => {
		expect(
			programmingLanguages(
				app('partial', [
					'Go',
					'Rust (rewritten from Go during the project)',
					'C++',
					'C (through cgo)',
				]),
			),
		).toEqual(['Go', 'Rust', 'C++', 'C']);
	});

	it('leaves out Go for an application rated not Go, and every language where it is not public', () => {
		expect(programmingLanguages(app('not-go', ['C++', 'Go', 'TypeScript (Electron)']))).toEqual([
			'C++',
			'TypeScript',
		]);
		expect(programmingLanguages(app('unknown', ['not public', 'Go']))).toEqual([]);
	});
});

describe('the JSON-LD of an application', () => {
	const page = {
		locale: 'zh' as const,
		url: 'https://example.org/zh/apps/sample/',
		name: 'Sample',
		description: 'A sample.',
		domainName: '容器',
		image: 'https://example.org/og/zh/apps/sample.png',
	};

	it('names its languages, licence and repositories', () => {
		const data = appStructuredData(
			app('core', ['Go'], { repositories: ['https://github.com/example/sample'] }),
			page,
		);
		expect(data).toMatchObject({
			'@type': ['SoftwareApplication', 'SoftwareSourceCode'],
			name: 'Sample',
			inLanguage: 'zh-CN',
			programmingLanguage: ['Go'],
			license: 'https://spdx.org/licenses/Apache-2.0.html',
			codeRepository: ['https://github.com/example/sample'],
		});
	});

	it('has no repository for closed source, and a licence that is not an SPDX id as written', () => {
		const data = appStructuredData(app('core', ['Go'], { license: 'proprietary' }), page);
		expect(data).not.toHaveProperty('codeRepository');
		expect(data['license']).toBe('proprietary');
	});

	it('cannot end its script element early', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script');
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
	});
});
