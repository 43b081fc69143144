import { describe, expect, it } from 'vitest';
import { localeOfContentFile, localizedPath, parseLocalizedPath, withBase } from '@/lib/locales';

describe('URLs of pages in each language', () => {
	it('puts Chinese pages under /zh/ and English ones at the root', () => {
		expect(localizedPath('en', 'apps/docker/', '/')).toBe('/apps/docker/');
		expect(localizedPath('zh', 'apps/docker/', '/')).toBe('/zh/apps/docker/');
		expect(localizedPath('zh', '', '/')).toBe('/zh/');
		expect(localizedPath('en', '', '/')).toBe('/');
	});

	it('keeps a base path', () => {
		expect(localizedPath('zh', 'domains/messaging/', '/built-with-go/')).toBe(
			'/built-with-go/zh/domains/messaging/',
		);
		expect(withBase('favicon.svg', '/built-with-go')).toBe('/built-with-go/favicon.svg');
	});

	it('reads the language back from a URL, with or without a base', () => {
		expect(parseLocalizedPath('/zh/apps/docker/', '/')).toEqual({
			locale: 'zh',
			path: 'apps/docker/',
		});
		expect(parseLocalizedPath('/apps/docker/', '/')).toEqual({
			locale: 'en',
			path: 'apps/docker/',
		});
		expect(parseLocalizedPath('/built-with-go/zh/', '/built-with-go/')).toEqual({
			locale: 'zh',
			path: '',
		});
	});

	it('tells the language of a content file from its name', () => {
		expect(localeOfContentFile('/repo/content/apps/docker/zh.mdx')).toBe('zh');
		expect(localeOfContentFile('/repo/content/apps/docker/en.mdx')).toBe('en');
		expect(localeOfContentFile(undefined)).toBe('en');
		// A clone in a folder with a two-letter name, such as /tmp/ci/, is no language.
		expect(localeOfContentFile('/tmp/ci/content/apps/docker/zh.mdx')).toBe('zh');
		expect(localeOfContentFile('/srv/ci/docs/zh/guide.md')).toBe('zh');
	});
});
