/**
 * `/robots.txt`: everything may be crawled; the sitemap is named with the site's address and base
 * path. Crawlers read robots.txt only at the root of a host: under a sub-path, the host's own
 * robots.txt must name the sitemap (see README, "Deploy").
 */
import type { APIRoute } from 'astro';
import { withBase } from '@/lib/locales';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(withBase('sitemap-index.xml'), site ?? 'http://localhost:4321').href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
