/** The repository behind "Edit this page": from configuration, the CI host or the clone. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editUrl, normaliseRepositoryUrl, repositoryBranch, repositoryUrl } from '@/lib/repository';

describe('the repository address', () => {
	it('reads clone addresses as web addresses', () => {
		expect(normaliseRepositoryUrl('git@github.com:owner/site.git')).toBe(
			'https://github.com/owner/site',
		);
		expect(normaliseRepositoryUrl('https://github.com/owner/site.git/')).toBe(
			'https://github.com/owner/site',
		);
		expect(normaliseRepositoryUrl('ssh://git@gitlab.com:22/group/site.git')).toBe(
			'https://gitlab.com/group/site',
		);
		expect(normaliseRepositoryUrl('/srv/git/site')).toBeUndefined();
	});

	it('prefers REPOSITORY_URL, then the GitHub Actions repository, and is absent otherwise', async () => {
		const outsideGit = await mkdtemp(join(tmpdir(), 'no-repo-'));
		const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/site' };
		expect(
			repositoryUrl({ REPOSITORY_URL: 'https://example.org/me/site', ...actions }, outsideGit),
		).toBe('https://example.org/me/site');
		expect(repositoryUrl(actions, outsideGit)).toBe('https://github.com/owner/site');
		expect(repositoryUrl({}, outsideGit)).toBeUndefined();
	});

	it('opens the editor of a file on the configured or the building branch', () => {
		expect(repositoryBranch({})).toBe('main');
		expect(repositoryBranch({ CF_PAGES_BRANCH: 'preview' })).toBe('preview');
		expect(repositoryBranch({ REPOSITORY_BRANCH: 'trunk', BRANCH: 'x' })).toBe('trunk');
		expect(
			editUrl('https://github.com/owner/site', 'feature/new app', 'content/apps/docker/zh.mdx'),
		).toBe('https://github.com/owner/site/edit/feature/new%20app/content/apps/docker/zh.mdx');
	});
});
