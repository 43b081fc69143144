/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) when the build is done. Its policy is read
 * from the home page's <meta http-equiv="content-security-policy">, so the header and the pages
 * cannot disagree; the inline scripts' hashes change with the scripts, which is why this file is
 * built and not kept in `public/`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { staticHostHeaders } from '../lib/csp';

function isPolicyMeta(element: Element): boolean {
	const httpEquiv = element.properties['httpEquiv'];
	const name = Array.isArray(httpEquiv) ? httpEquiv.join(' ') : String(httpEquiv ?? '');
	return element.tagName === 'meta' && name.toLowerCase() === 'content-security-policy';
}

async function pagePolicy(homePage: URL): Promise<string> {
	let policy: string | undefined;
	visit(fromHtml(await readFile(homePage, 'utf8')), 'element', (element) => {
		if (isPolicyMeta(element)) policy ??= String(element.properties['content'] ?? '');
	});
	if (!policy) throw new Error(`security-headers: ${homePage.pathname} has no CSP <meta>`);
	return policy;
}

export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'built-with-go:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const policy = await pagePolicy(new URL('index.html', dir));
				await writeFile(new URL('_headers', dir), staticHostHeaders(policy, base));
				logger.info('wrote _headers with the pages’ Content-Security-Policy');
			},
		},
	};
}
