/**
 * JSON-LD for an application's page (schema.org): what search engines and other tools read as the
 * page's subject. Every value is a fact of `facts.yaml`, so it says no more than the page does.
 */
import type { App } from './catalogue';
import type { Locale } from './locales';
import { htmlLang } from './locales';

/** Programming languages a component's `language` may start with, longest first ("C++" before "C"). */
const knownLanguages = [
	'TypeScript',
	'JavaScript',
	'Python',
	'Kotlin',
	'Scala',
	'Swift',
	'Ruby',
	'Rust',
	'Java',
	'Dart',
	'Elm',
	'Lua',
	'C++',
	'C#',
	'Go',
	'C',
];

/**
 * The languages the application's components are written in, as the fact sheet lists them:
 * the leading language of each component ("Rust (rewritten from Go …)" is Rust). None where the
 * language is not public, and no Go for an application the catalogue rates as not Go (its Go
 * parts are clients and SDKs around it).
 */
export function programmingLanguages(app: App): string[] {
	if (app.facts.goStatus === 'unknown') return [];
	const languages = new Set<string>();
	for (const { language } of app.facts.components) {
		const leading = knownLanguages.find((name) =>
			new RegExp(`^${name.replace(/[+#]/g, '\\$&')}(?![\\w+#])`).test(language),
		);
		if (leading) languages.add(leading);
	}
	if (app.facts.goStatus === 'not-go') languages.delete('Go');
	return [...languages];
}

/** An SPDX identifier as its licence page; anything else ("proprietary", notes) as written. */
function licence(value: string): string {
	return /^[A-Za-z0-9.-]+$/.test(value) && /\d|^MIT$/.test(value)
		? `https://spdx.org/licenses/${value}.html`
		: value;
}

export interface PageContext {
	locale: Locale;
	/** The page's absolute URL. */
	url: string;
	name: string;
	description: string;
	/** The application's domain, in the page's language. */
	domainName: string;
	/** Absolute URL of the page's link-preview card. */
	image: string;
}

/** The application as a schema.org SoftwareApplication that is also its SoftwareSourceCode. */
export function appStructuredData(app: App, page: PageContext): Record<string, unknown> {
	const { facts } = app;
	const languages = programmingLanguages(app);
	return {
		'@context': 'https://schema.org',
		'@type': ['SoftwareApplication', 'SoftwareSourceCode'],
		name: page.name,
		description: page.description,
		url: page.url,
		mainEntityOfPage: page.url,
		inLanguage: htmlLang[page.locale],
		image: page.image,
		applicationCategory: page.domainName,
		...(languages.length > 0 && { programmingLanguage: languages }),
		license: licence(facts.license),
		...(facts.repositories.length > 0 && { codeRepository: facts.repositories }),
		sameAs: facts.website,
		maintainer: { '@type': 'Organization', name: facts.organisation },
		datePublished: String(facts.firstRelease),
		...(facts.aliases.length > 0 && { alternateName: facts.aliases }),
	};
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function serializeJsonLd(data: Record<string, unknown>): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
