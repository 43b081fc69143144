/**
 * The site's languages and the URLs of its pages. Every internal link is built here, so that the
 * base path (a site served under /built-with-go/) and the language prefix are applied once.
 */

export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** The `lang` attribute and hreflang of each locale. */
export const htmlLang = { en: 'en', zh: 'zh-CN' } as const satisfies Record<Locale, string>;

export function isLocale(value: string | undefined): value is Locale {
	return (locales as readonly (string | undefined)[]).includes(value);
}

/** The other language, for the language switcher. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'zh' : 'en';
}

/** The value of a `[...locale]` route parameter: none for the default language. */
export function localeParam(locale: Locale): string | undefined {
	return locale === defaultLocale ? undefined : locale;
}

/** Joins a base path and a site path, keeping exactly one slash between them. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/**
 * The URL of a page in a language, from its path without language prefix:
 * `localizedPath('zh', 'apps/docker/')` is `/zh/apps/docker/` (under the base path).
 */
export function localizedPath(locale: Locale, path: string, base?: string): string {
	const inner = path.replace(/^\/+/, '');
	return withBase(locale === defaultLocale ? inner : `${locale}/${inner}`, base);
}

/** Splits a URL pathname into its language and the path without language prefix. */
export function parseLocalizedPath(
	pathname: string,
	base: string = import.meta.env.BASE_URL,
): { locale: Locale; path: string } {
	const baseless = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const inner = baseless.replace(/^\/+/, '');
	const [first, ...rest] = inner.split('/');
	if (isLocale(first) && first !== defaultLocale) return { locale: first, path: rest.join('/') };
	return { locale: defaultLocale, path: inner };
}

export const appPath = (locale: Locale, slug: string) => localizedPath(locale, `apps/${slug}/`);
export const domainPath = (locale: Locale, domain: string) =>
	localizedPath(locale, `domains/${domain}/`);
export const homePath = (locale: Locale) => localizedPath(locale, '');
export const searchPath = (locale: Locale) => localizedPath(locale, 'search/');

/**
 * The language of a content file: its name (`…/zh.mdx`), else the nearest folder named exactly
 * after a language (`…/zh/page.md`); a clone folder such as `/tmp/ci/` is no language.
 */
export function localeOfContentFile(path: string | undefined): Locale {
	const segments = (path ?? '').split(/[/\\]/);
	const name = segments.at(-1)?.replace(/\.mdx?$/, '');
	if (isLocale(name)) return name;
	return segments.slice(0, -1).reverse().find(isLocale) ?? defaultLocale;
}

/** `getStaticPaths` of a page that exists once per language and needs nothing else. */
export function localeStaticPaths() {
	return locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}
