/** The HTML pages of a built site: where each file is and the address a static host serves it at. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
	/** The file, e.g. `dist/zh/apps/docker/index.html`. */
	file: string;
	/** Its address under the base path, e.g. `zh/apps/docker/` (`404.html` stays a file name). */
	path: string;
}

/** Every `.html` file under `distDir` except Pagefind's, sorted by address. */
export async function builtPages(distDir: string): Promise<BuiltPage[]> {
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.map((file) => ({ file, path: addressOf(relative(distDir, file)) }))
		.filter((page) => !page.path.startsWith('pagefind/'))
		.sort((a, b) => a.path.localeCompare(b.path));
}

function addressOf(relativeFile: string): string {
	const path = relativeFile.split(sep).join('/');
	return path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1');
}
