// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { clientScripts } from './src/integrations/client-scripts';
import { pagefind } from './src/integrations/pagefind';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links';

/** Where the site is served: set SITE_URL and BASE_PATH when deploying (see README, "Deploy"). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { inlineStylesheets: 'always' },
	integrations: [mdx(), clientScripts(), pagefind()],
	markdown: {
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
			defaultColor: false,
		},
		processor: unified({
			rehypePlugins: [rehypeHeadingLinks],
		}),
	},
	devToolbar: { enabled: false },
});
