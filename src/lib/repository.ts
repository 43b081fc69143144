/**
 * Where the site's sources are published, for the "Edit this page" links. Set REPOSITORY_URL
 * (and REPOSITORY_BRANCH, default `main`) when deploying; GitHub Actions and Netlify provide the
 * repository themselves, and a clone falls back to its `origin` remote. Without any of these the
 * pages have no edit link rather than a link to a guessed address.
 */
import { execFileSync } from 'node:child_process';

type Environment = Record<string, string | undefined>;

/** `git@host:owner/repo.git` or `https://host/owner/repo.git` as `https://host/owner/repo`. */
export function normaliseRepositoryUrl(url: string): string | undefined {
	const trimmed = url
		.trim()
		.replace(/\/+$/, '')
		.replace(/\.git$/, '');
	const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(trimmed);
	if (scp) return `https://${scp[1]}/${scp[2]}`;
	const parsed = URL.canParse(trimmed) ? new URL(trimmed) : undefined;
	if (!parsed || !['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
	return `https://${parsed.host.replace(/:\d+$/, '')}${parsed.pathname}`;
}

const originRemotes = new Map<string, string | undefined>();

/** The clone's `origin` remote, asked once per folder (pages ask for it one by one). */
function originRemote(root: string): string | undefined {
	if (!originRemotes.has(root)) originRemotes.set(root, readOriginRemote(root));
	return originRemotes.get(root);
}

function readOriginRemote(root: string): string | undefined {
	try {
		return execFileSync('git', ['remote', 'get-url', 'origin'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return undefined;
	}
}

/** The repository's web address, or undefined when none is configured or known. */
export function repositoryUrl(
	env: Environment = process.env,
	root: string = process.cwd(),
): string | undefined {
	const fromGitHubActions =
		env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY']
			? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}`
			: undefined;
	const url = env['REPOSITORY_URL'] || fromGitHubActions || originRemote(root);
	return url ? normaliseRepositoryUrl(url) : undefined;
}

/** The branch the edit links open: REPOSITORY_BRANCH, else the one the host is building. */
export function repositoryBranch(env: Environment = process.env): string {
	return (
		env['REPOSITORY_BRANCH'] ||
		env['GITHUB_REF_NAME'] ||
		env['BRANCH'] || // Netlify
		env['CF_PAGES_BRANCH'] || // Cloudflare Pages
		'main'
	);
}

/** The address of the editor for `file` (relative to the repository root), GitHub's form. */
export function editUrl(repository: string, branch: string, file: string): string {
	const encode = (path: string) => path.split(/[/\\]/).map(encodeURIComponent).join('/');
	return `${repository}/edit/${encode(branch)}/${encode(file)}`;
}
