import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { appFactsSchema, appTextSchema, domainSchema } from '@/lib/schemas';

const schema = appFactsSchema({ domain: z.string(), app: z.string() });

const validFacts = {
	name: 'Docker Engine and CLI',
	aliases: ['moby'],
	domain: 'containers',
	goStatus: 'core',
	components: [{ name: 'dockerd', language: 'Go' }],
	organisation: 'Docker, Inc.',
	repositories: ['https://github.com/moby/moby'],
	website: 'https://www.docker.com/',
	license: 'Apache-2.0',
	firstRelease: 2013,
	related: ['runc'],
	sources: [
		{ title: 'moby/moby', url: 'https://github.com/moby/moby' },
		{ title: 'Docker overview', url: 'https://docs.docker.com/get-started/docker-overview/' },
	],
	claims: [
		{
			verdict: 'accurate',
			claim: { en: 'The CLI is Go.', zh: 'CLI 用 Go 编写。' },
			note: { en: 'docker/cli is a Go module.', zh: 'docker/cli 是 Go 模块。' },
			source: 'https://github.com/docker/cli',
		},
	],
};

/** The first issue's path and message, as an author would read them. */
function firstIssue(data: unknown): string {
	const result = schema.safeParse(data);
	if (result.success) return 'valid';
	const issue = result.error.issues[0];
	return `${issue?.path.join('.')}: ${issue?.message}`;
}

describe('facts.yaml schema', () => {
	it('accepts a complete application', () => {
		expect(firstIssue(validFacts)).toBe('valid');
	});

	it.each([
		[
			'a missing required field',
			{ ...validFacts, organisation: undefined },
			/^organisation: is required: add it/,
		],
		[
			'a year of the wrong type',
			{ ...validFacts, firstRelease: '2013' },
			/^firstRelease: must be a year written as a number/,
		],
		[
			'an impossible year',
			{ ...validFacts, firstRelease: 13 },
			/^firstRelease: must be a year from 1990/,
		],
		[
			'a website that is not a URL',
			{ ...validFacts, website: 'docker.com' },
			/^website: must be a full https:\/\/ URL/,
		],
		[
			'an http:// source',
			{
				...validFacts,
				sources: [validFacts.sources[0], { title: 'x', url: 'http://example.com/' }],
			},
			/^sources\.1\.url: must be a full https/,
		],
		[
			'one source only',
			{ ...validFacts, sources: [validFacts.sources[0]] },
			/^sources: cite at least two/,
		],
		[
			'an unknown Go status',
			{ ...validFacts, goStatus: 'mostly' },
			/^goStatus: must be one of core, partial, not-go, unknown/,
		],
		[
			'a claim without a verdict',
			{ ...validFacts, claims: [{ ...validFacts.claims[0], verdict: undefined }] },
			/^claims\.0\.verdict: give a verdict/,
		],
		[
			'a claim in English only',
			{ ...validFacts, claims: [{ ...validFacts.claims[0], note: { en: 'x' } }] },
			/^claims\.0\.note\.zh: write the Chinese text/,
		],
	])('rejects %s, naming the field', (_, data, expected) => {
		expect(firstIssue(data)).toMatch(expected);
	});
});

describe('prose and domain schemas', () => {
	it('limits the tagline so cards stay one line', () => {
		const result = appTextSchema.safeParse({ tagline: 'x'.repeat(121), summary: 'ok' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('keep the tagline to 120 characters');
	});

	it('needs a domain described in both languages', () => {
		const result = domainSchema.safeParse({
			order: 1,
			name: { en: 'Containers', zh: '容器' },
			description: { en: 'x' },
			goFit: { en: 'x', zh: 'x' },
		});
		expect(result.error?.issues[0]?.path).toEqual(['description', 'zh']);
	});
});
