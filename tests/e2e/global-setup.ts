/**
 * Serves the site that `npm test` built (dist/) and starts one Chromium for all end-to-end tests;
 * each test file connects to it. Run `npm run build` first when running vitest by hand.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		browserEndpoint: string;
	}
}

let server: StaticServer | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ has no built site: run `npm run build` (npm test does it for you).');
	}
	server = await serveStatic('dist');
	browser = await chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs });
	project.provide('siteOrigin', server.origin);
	project.provide('browserEndpoint', browser.wsEndpoint());
}

export async function teardown() {
	await browser?.close();
	await server?.close();
}
