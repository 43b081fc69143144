/**
 * A static file server for the built site, as a static host would serve it: `/path/` is
 * `path/index.html`, a missing file is the 404 page with status 404. Used by end-to-end tests
 * and benchmarks; listens on a free loopback port.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

async function fileAt(root: string, pathname: string): Promise<string | undefined> {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}

/** Serves `root` under `base` (e.g. `/built-with-go/`). */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const inside = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
		const file = inside === undefined ? undefined : await fileAt(root, inside);
		const served = file ?? join(root, '404.html');
		response.statusCode = file ? 200 : 404;
		response.setHeader('Content-Type', contentTypes[extname(served)] ?? 'application/octet-stream');
		createReadStream(served)
			.on('error', () => response.end())
			.pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
