// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { clientScripts } from './src/integrations/client-scripts';
import { diagrams } from './src/integrations/diagrams';
import { pagefind } from './src/integrations/pagefind';
import { securityHeaders } from './src/integrations/security-headers';
import { defaultLocale, htmlLang } from './src/lib/locales';
import { rehypeCodeFrame } from './src/plugins/rehype-code-frame';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links';
import { rehypeMermaid } from './src/plugins/rehype-mermaid';
import { remarkCjkSoftBreaks } from './src/plugins/remark-cjk-soft-breaks';
import { remarkCodeLanguages } from './src/plugins/remark-code-languages';
import { codeMeta } from './src/plugins/shiki-code-meta';
import { fullTokenizing } from './src/plugins/shiki-full-tokenizing';

/** Where the site is served: set SITE_URL and BASE_PATH when deploying (see README, "Deploy"). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { inlineStylesheets: 'always' },
	integrations: [
		mdx(),
		clientScripts(),
		diagrams(),
		pagefind(),
		securityHeaders(),
		// Each page with its other-language version as an hreflang alternate.
		sitemap({ i18n: { defaultLocale, locales: htmlLang } }),
	],
	markdown: {
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
		shikiConfig: {
			// The github-light and github-dark token colours fall below 4.5:1 contrast.
			themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
			defaultColor: false,
			transformers: [codeMeta(), fullTokenizing()],
		},
		processor: unified({
			remarkPlugins: [remarkCodeLanguages(), remarkCjkSoftBreaks],
			rehypePlugins: [rehypeCodeFrame(), rehypeHeadingLinks, rehypeMermaid],
		}),
	},
	devToolbar: { enabled: false },
});
