/**
 * The link-preview cards, rendered to PNG at build time: one per application and language, and
 * one for the site in each language (see `lib/social-meta.ts` for their paths).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '@/i18n/ui';
import { appName, findDomain, getCatalogue } from '@/lib/catalogue';
import { locales } from '@/lib/locales';
import type { CardContent } from '@/lib/og-card';
import { renderCard } from '@/lib/og-image';
import { socialImagePath } from '@/lib/social-meta';

export const getStaticPaths = (async () => {
	const catalogue = await getCatalogue();
	const card = (path: string, content: CardContent) => ({
		params: { card: path.replace(/^og\//, '').replace(/\.png$/, '') },
		props: { content },
	});
	return locales.flatMap((locale) => {
		const t = useTranslations(locale);
		return [
			card(socialImagePath(locale), {
				siteName: t.siteName,
				title: t.siteName,
				text: t.siteTagline,
				footer: t.appCount(catalogue.apps.length),
			}),
			...catalogue.apps.map((app) =>
				card(socialImagePath(locale, app.slug), {
					siteName: t.siteName,
					title: appName(app, locale),
					text: app.text[locale].data.tagline,
					footer: findDomain(catalogue, app.domain).data.name[locale],
					status: { value: app.facts.goStatus, label: t.goStatus[app.facts.goStatus] },
				}),
			),
		];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props.content)), {
		headers: { 'Content-Type': 'image/png' },
	});
