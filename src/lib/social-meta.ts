/** Where each page's link-preview card lives, and the OpenGraph names of the languages. */
import type { Locale } from './locales';

/** OpenGraph's `og:locale` form of each language. */
export const ogLocale = { en: 'en_US', zh: 'zh_CN' } as const satisfies Record<Locale, string>;

/**
 * The card of an application (`og/en/apps/docker.png`), or the site's card for pages that are not
 * about one application; a path under the base, as `withBase` takes it.
 */
export function socialImagePath(locale: Locale, appSlug?: string): string {
	return appSlug ? `og/${locale}/apps/${appSlug}.png` : `og/${locale}/site.png`;
}
