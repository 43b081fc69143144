/**
 * The site's client JavaScript, kept outside Vite's page bundling on purpose:
 *
 * - the scripts every page needs (theme before first paint, delegated clicks and shortcuts) are
 *   tiny, so they are inlined, and their hashes go into the Content-Security-Policy;
 * - everything else (search, copying code) is a module loaded when the reader asks for it.
 *
 * Vite would instead emit page scripts as files loaded eagerly with every page. Pages read the
 * code, hashes and module URLs from the virtual module `virtual:client-scripts`.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const inlineEntries = {
	themeInit: 'src/scripts/theme-init.ts',
	pageBehaviour: 'src/scripts/page-behaviour.ts',
} as const;

const onDemandEntries = {
	searchDialog: 'src/scripts/search-dialog.ts',
	copyCode: 'src/scripts/copy-code.ts',
} as const;

export interface InlineScript {
	code: string;
	/** The CSP source expression, `'sha256-…'`. */
	hash: string;
}

export interface ClientScripts {
	inline: Record<keyof typeof inlineEntries, InlineScript>;
	/** Module paths under the site's base, e.g. `_astro/search-dialog.1a2b3c4d.js`. */
	modules: Record<keyof typeof onDemandEntries, string>;
}

const virtualId = 'virtual:client-scripts';
const resolvedVirtualId = `\0${virtualId}`;

async function bundle(root: URL, entry: string, format: 'iife' | 'esm'): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL(entry, root))],
		bundle: true,
		minify: true,
		format,
		target: 'es2022',
		write: false,
		legalComments: 'none',
		// Modules are strict anyway, and the inline scripts cannot spare the "use strict" prologue.
		tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
	});
	const output = result.outputFiles[0];
	if (!output) throw new Error(`client-scripts: esbuild produced nothing for ${entry}`);
	return output.text.trim();
}

function cspHash(code: string): string {
	return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

function contentHash(code: string): string {
	return createHash('sha256').update(code).digest('hex').slice(0, 10);
}

async function buildClientScripts(root: URL) {
	const inline = {} as ClientScripts['inline'];
	for (const [name, entry] of Object.entries(inlineEntries) as [
		keyof typeof inlineEntries,
		string,
	][]) {
		const code = await bundle(root, entry, 'iife');
		inline[name] = { code, hash: cspHash(code) };
	}
	const modules = {} as ClientScripts['modules'];
	const files = new Map<string, string>();
	for (const [name, entry] of Object.entries(onDemandEntries) as [
		keyof typeof onDemandEntries,
		string,
	][]) {
		const code = await bundle(root, entry, 'esm');
		const path = `_astro/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.${contentHash(code)}.js`;
		modules[name] = path;
		files.set(path, code);
	}
	return { scripts: { inline, modules } satisfies ClientScripts, files };
}

export function clientScripts(): AstroIntegration {
	let root: URL;
	let built: Awaited<ReturnType<typeof buildClientScripts>> | undefined;
	// In dev the sources change under our feet, so they are rebuilt whenever a page asks.
	let isDev = false;
	const current = async () => {
		if (isDev || !built) built = await buildClientScripts(root);
		return built;
	};

	return {
		name: 'built-with-go:client-scripts',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				root = config.root;
				isDev = command === 'dev';
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'built-with-go:client-scripts',
								resolveId: (id) => (id === virtualId ? resolvedVirtualId : undefined),
								load: async (id) => {
									if (id !== resolvedVirtualId) return undefined;
									const { scripts } = await current();
									return `export default ${JSON.stringify(scripts)};`;
								},
							},
						],
					},
				});
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (request, response, next) => {
					const { files } = await current();
					const path = request.url?.split('?')[0]?.replace(/^.*?\/_astro\//, '_astro/') ?? '';
					const code = files.get(path);
					if (!code) return next();
					response.setHeader('Content-Type', 'text/javascript');
					response.end(code);
				});
			},
			'astro:build:done': async ({ dir }) => {
				const { files } = await current();
				for (const [path, code] of files) {
					const target = new URL(path, dir);
					await mkdir(new URL('.', target), { recursive: true });
					await writeFile(target, code);
				}
			},
		},
	};
}
