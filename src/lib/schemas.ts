/**
 * The schemas of everything authors write in `content/`, with a comment on every field: this file
 * is the authors' reference, with CONTRIBUTING.md. References to other entries are passed in, so
 * the build validates them with Astro's `reference()` and unit tests with plain strings.
 */
import { z } from 'astro/zod';
import { goStatuses, verdicts } from './vocabulary';

const requiredMessage = 'is required: add it (CONTRIBUTING.md describes every field)';

/**
 * A field's own messages for a missing value and for a value of the wrong kind. They sit on the
 * schemas because the build parses content with Astro's error map, which outranks a global one
 * and names types ("Expected type array, received string") rather than the fix.
 */
function expects(kind: string) {
	return {
		error: (issue: { input?: unknown }) =>
			issue.input === undefined ? requiredMessage : `must be ${kind}`,
	};
}

/** A line of text that must not be empty. */
const text = () => z.string(expects('text')).trim().min(1, { error: 'is empty: write it' });

/** A YAML list of `item`. */
const list = <Item extends z.ZodType>(item: Item) =>
	z.array(item, expects('a list: [first, second], or one "- …" line per item'));

/** A short text written in both languages. */
export const localizedText = z.object(
	{
		/** English text. */
		en: z
			.string({ error: 'write the English text (en)' })
			.trim()
			.min(1, { error: 'write the English text (en)' }),
		/** Chinese text. */
		zh: z
			.string({ error: 'write the Chinese text (zh)' })
			.trim()
			.min(1, { error: 'write the Chinese text (zh)' }),
	},
	{ error: 'give the text in both languages: { en: …, zh: … }' },
);

const httpsUrl = z.url({
	protocol: /^https$/,
	...expects('a full https:// URL, e.g. https://github.com/owner/repo'),
});

/** `content/apps/<slug>/facts.yaml`: one application's language-neutral facts. */
export function appFactsSchema<DomainRef extends z.ZodType, AppRef extends z.ZodType>(refs: {
	domain: DomainRef;
	app: AppRef;
}) {
	return z.object({
		/** Display name, e.g. "Docker Engine and CLI"; a language may override it in its .mdx. */
		name: text(),
		/** Extra search terms: short names, former names, Chinese names (`k8s`, `容器编排`). */
		aliases: list(text()).default([]),
		/** The domain the application belongs to: a file name in `content/domains/`. */
		domain: refs.domain,
		/** How much of the application is written in Go. */
		goStatus: z.enum(goStatuses, {
			error: `must be one of ${goStatuses.join(', ')} (see CONTRIBUTING.md, "Go status")`,
		}),
		/** The application's parts and the language each is written in. */
		components: list(
			z.object(
				{
					/** The component, e.g. "kubelet" or "web front end". */
					name: text(),
					/** Its implementation language, e.g. "Go", "Rust", "TypeScript", "not public". */
					language: text(),
				},
				expects('a component: { name: …, language: … }'),
			),
		).min(1, { error: 'list at least one component with its language' }),
		/** Who develops or runs it. */
		organisation: text(),
		/** Source repositories; empty for closed-source applications. */
		repositories: list(httpsUrl).default([]),
		/** The official website. */
		website: httpsUrl,
		/** The licence, as an SPDX identifier or a short phrase ("proprietary"). */
		license: text(),
		/** Year of the first public release. */
		firstRelease: z
			.number(expects('a year written as a number, e.g. 2014'))
			.int({ error: 'must be a whole year, e.g. 2014' })
			.min(1990, { error: 'must be a year from 1990 on' })
			.max(2100, { error: 'must be a four-digit year' }),
		/** Other applications of the catalogue worth reading next: their slugs. */
		related: list(refs.app).default([]),
		/** Public sources for the facts: the repository and an official document or blog. */
		sources: list(
			z.object(
				{
					/** The source's own title. */
					title: text(),
					/** Where to read it. */
					url: httpsUrl,
				},
				expects('a source: { title: …, url: https://… }'),
			),
		).min(2, {
			error: 'cite at least two public sources (the repository and an official document)',
		}),
		/** The source article's claims about this application, each with a verdict. */
		claims: list(
			z.object(
				{
					/** The claim, in brief. */
					claim: localizedText,
					/** Whether public sources support it. */
					verdict: z.enum(verdicts, { error: `give a verdict: one of ${verdicts.join(', ')}` }),
					/** The correction, or what is and is not known. */
					note: localizedText,
					/** The public source that decides the verdict, where one exists. */
					source: httpsUrl.optional(),
				},
				expects('a claim: { claim: …, verdict: …, note: … }'),
			),
		).default([]),
	});
}

/** `content/apps/<slug>/<locale>.mdx` front matter: one application's prose in one language. */
export const appTextSchema = z.object({
	/** The name in this language, only where it differs from facts.yaml. */
	name: text().optional(),
	/** One line under the name and on cards. */
	tagline: text().max(120, { error: 'keep the tagline to 120 characters' }),
	/** One or two sentences: the page description for search engines and link previews. */
	summary: text().max(200, { error: 'keep the summary to 200 characters' }),
});

/** `content/domains/<domain>.yaml`: a field the catalogue groups applications by. */
export const domainSchema = z.object({
	/** Position on the home page, from 1. */
	order: z.number(expects('a number, e.g. 3')).int().positive(),
	/** The domain's name. */
	name: localizedText,
	/** One paragraph: what the domain covers. */
	description: localizedText,
	/** Why Go fits the domain, or does not; paragraphs separated by a blank line. */
	goFit: localizedText,
});

/** `content/pages/<path>/<locale>.mdx` front matter: the about page and the guides. */
export const pageSchema = z.object({
	/** The page title. */
	title: text(),
	/** One sentence for search engines and link previews. */
	description: text().max(200, { error: 'keep the description to 200 characters' }),
});
