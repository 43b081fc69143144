/**
 * `npm run new-app -- <slug>`: starts a new application, `content/apps/<slug>/` with `facts.yaml`,
 * `en.mdx` and `zh.mdx` from `scripts/templates/app/`, every fact to fill in marked TODO.
 * It refuses a slug that is not a valid URL segment or that the catalogue already has.
 * Runs on Node's own TypeScript support (Node 24, which npm scripts use), so it imports nothing
 * that needs a build.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The rule of `src/lib/catalogue-check.ts`: the slug is the permanent URL `/apps/<slug>/`. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const templateDirectory = join(import.meta.dirname, 'templates', 'app');
const templateFiles = ['facts.yaml', 'en.mdx', 'zh.mdx'];

class UsageError extends Error {}

async function domainIds(root: string): Promise<string[]> {
	const files = await readdir(join(root, 'content', 'domains')).catch(() => []);
	return files
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => file.replace(/\.yaml$/, ''))
		.sort();
}

/** Creates the application's files under `root` and returns their paths relative to it. */
export async function createApp(slug: string | undefined, root: string): Promise<string[]> {
	if (!slug)
		throw new UsageError('Give the slug of the new application: npm run new-app -- <slug>');
	if (!slugPattern.test(slug)) {
		throw new UsageError(
			`"${slug}" cannot be a slug: it becomes the URL /apps/${slug}/, so use lower-case letters, digits and single hyphens, e.g. "my-app".`,
		);
	}
	const folder = join('content', 'apps', slug);
	if (existsSync(join(root, folder))) {
		throw new UsageError(
			`${folder}/ already exists: the catalogue has "${slug}". Edit its files, or choose another slug.`,
		);
	}
	const domains = (await domainIds(root)).join(', ');
	await mkdir(join(root, folder), { recursive: true });
	const created: string[] = [];
	for (const name of templateFiles) {
		const template = await readFile(join(templateDirectory, name), 'utf8');
		const text = template.replaceAll('{{slug}}', slug).replaceAll('{{domains}}', domains);
		await writeFile(join(root, folder, name), text, { flag: 'wx' });
		created.push(join(folder, name));
	}
	return created;
}

async function main(): Promise<void> {
	try {
		const created = await createApp(process.argv[2], process.cwd());
		console.log(`Created ${created.join(', ')}.`);
		console.log(
			'Replace every TODO in them (CONTRIBUTING.md explains each field), then run npm run dev to see the page: the build names each field still to fill in.',
		);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`new-app: ${error.message}`);
		process.exitCode = 1;
	}
}

if (import.meta.main) await main();
