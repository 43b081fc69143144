/** The interface's own words in each language. Content prose lives in `content/`. */
import type { Locale } from '@/lib/locales';
import type { GoStatus, Verdict } from '@/lib/vocabulary';

const en = {
	siteName: 'Built with Go',
	siteTagline: 'Well-known applications written in Go, and the ones wrongly said to be',
	homePromise:
		'Which well-known applications are really written in Go? Each page says what is Go and what is not, with public sources, and checks what a popular article claims.',
	skipToContent: 'Skip to content',
	languageName: 'English',
	switchLanguage: 'Read this page in English',
	mainNav: 'Main',
	navHome: 'Catalogue',
	navSearch: 'Search',
	navAbout: 'About',
	navGuide: 'Is it Go?',
	themeToggle: 'Dark theme',
	search: 'Search',
	searchPlaceholder: 'Search apps, aliases, domains…',
	searchShortcut: 'Press / or Ctrl+K',
	searchClose: 'Close',
	searchAnyDomain: 'All domains',
	searchAnyStatus: 'Any Go status',
	searchResults: 'Results',
	/** `{count}` is replaced by the number of results. */
	searchResultOne: '1 result',
	searchResultMany: '{count} results',
	/** `{query}` is replaced by what the reader typed. */
	searchNothingFound: 'Nothing found for “{query}”.',
	searchFailed: 'Search could not be loaded. Please try again later.',
	searchKeys: '↑ ↓ move through the results, Enter opens one, Esc closes',
	searchAllResults: 'All results and filters',
	searchIntro:
		'Find an application by its name, an alias, a technique or its domain, or narrow the list by domain and Go status.',
	searchNeedsScript:
		'Searching needs JavaScript. Every application is listed below, and each domain leads to its applications.',
	searchByDomain: 'Browse by domain',
	searchMore: 'Show more results',
	domains: 'Domains',
	allApps: 'All applications',
	appCount: (n: number) => (n === 1 ? '1 application' : `${n} applications`),
	onThisPage: 'On this page',
	facts: 'Facts',
	factAliases: 'Also known as',
	factDomain: 'Domain',
	factGoStatus: 'Go status',
	factComponents: 'Components',
	factComponent: 'Component',
	factLanguage: 'Language',
	factOrganisation: 'Organisation',
	factRepositories: 'Source code',
	factClosedSource: 'Closed source',
	factWebsite: 'Website',
	factLicense: 'Licence',
	factFirstRelease: 'First release',
	claimsHeading: 'What the source article claims',
	claimsIntro:
		'The claims the source article makes about this application, checked against public sources.',
	claimsNone: 'The source article makes no checkable claim about this application.',
	claimColumn: 'Claim',
	verdictColumn: 'Verdict',
	noteColumn: 'What holds',
	claimSource: 'Source',
	sourcesHeading: 'Sources',
	relatedHeading: 'Related applications',
	inDomain: 'Applications in this domain',
	whyGoFits: 'Go in this domain',
	linkToHeading: 'Link to this section',
	copyCode: 'Copy code',
	codeCopied: 'Copied',
	notFoundTitle: 'Page not found',
	notFoundText: 'There is no page at this address. The catalogue starts on the home page.',
	backHome: 'Go to the catalogue',
	footerNote: 'A catalogue of applications written in Go, with every claim checked.',
	editPage: 'Edit this page',
	editFacts: 'Edit the facts',
	lastUpdated: 'Last updated',
	overviewTitle: 'The catalogue at a glance',
	overviewDescription:
		'When the applications of the catalogue were first released, and the domains they belong to, marked by how much of each is written in Go.',
	overviewLink: 'The catalogue at a glance: first releases and domains',
	timelineHeading: 'First releases',
	timelineDescription: (apps: number, from: number, to: number) =>
		`The year each of the ${apps} applications was first publicly released, from ${from} to ${to}.`,
	domainMapHeading: 'Domains and their applications',
	domainMapDescription: (apps: number, domains: number) =>
		`The ${apps} applications in their ${domains} domains, each marked by its Go status.`,
	goStatusLegend: 'Marks',
	socialImageAlt: (name: string, status: string, domain: string) =>
		`${name}: ${status}, ${domain}. Built with Go`,
	goStatus: {
		core: 'Go',
		partial: 'Partly Go',
		'not-go': 'Not Go',
		unknown: 'Unknown',
	} satisfies Record<GoStatus, string>,
	goStatusHint: {
		core: 'Its engine and servers are written in Go.',
		partial: 'Part of it is written in Go; an essential part is not.',
		'not-go': 'Not written in Go, although it is often said to be.',
		unknown: 'The implementation language is not public.',
	} satisfies Record<GoStatus, string>,
	verdict: {
		accurate: 'Accurate',
		inaccurate: 'Inaccurate',
		unverified: 'Unverified',
	} satisfies Record<Verdict, string>,
};

export type UiStrings = typeof en;

const zh: UiStrings = {
	siteName: 'Built with Go',
	siteTagline: '用 Go 写成的知名应用，以及被误传为 Go 的那些',
	homePromise:
		'哪些知名应用真的是用 Go 写的？每一页都写明哪些部分是 Go、哪些不是，附上公开来源，并逐条核对一篇流传甚广的文章里的说法。',
	skipToContent: '跳到正文',
	languageName: '中文',
	switchLanguage: '阅读本页中文版',
	mainNav: '主导航',
	navHome: '应用目录',
	navSearch: '搜索',
	navAbout: '关于',
	navGuide: '是不是 Go？',
	themeToggle: '深色主题',
	search: '搜索',
	searchPlaceholder: '搜索应用、别名、领域…',
	searchShortcut: '按 / 或 Ctrl+K',
	searchClose: '关闭',
	searchAnyDomain: '全部领域',
	searchAnyStatus: '全部 Go 状态',
	searchResults: '搜索结果',
	searchResultOne: '1 个结果',
	searchResultMany: '{count} 个结果',
	searchNothingFound: '没有找到与“{query}”相关的内容。',
	searchFailed: '搜索未能加载，请稍后再试。',
	searchKeys: '↑ ↓ 在结果间移动，Enter 打开，Esc 关闭',
	searchAllResults: '全部结果与筛选',
	searchIntro: '按名称、别名、技术或领域查找应用，也可以按领域和 Go 状态筛选下面的列表。',
	searchNeedsScript: '搜索需要 JavaScript。下面列出了全部应用，也可以从各个领域进入它的应用。',
	searchByDomain: '按领域浏览',
	searchMore: '显示更多结果',
	domains: '领域',
	allApps: '全部应用',
	appCount: (n: number) => `${n} 个应用`,
	onThisPage: '本页内容',
	facts: '基本信息',
	factAliases: '又称',
	factDomain: '领域',
	factGoStatus: 'Go 状态',
	factComponents: '组成部分',
	factComponent: '组件',
	factLanguage: '语言',
	factOrganisation: '维护方',
	factRepositories: '源代码',
	factClosedSource: '未开源',
	factWebsite: '官网',
	factLicense: '许可证',
	factFirstRelease: '首次发布',
	claimsHeading: '原文说法核查',
	claimsIntro: '原文对这个应用的各项说法，逐条对照公开来源核查。',
	claimsNone: '原文没有关于这个应用的可核查说法。',
	claimColumn: '说法',
	verdictColumn: '结论',
	noteColumn: '实际情况',
	claimSource: '来源',
	sourcesHeading: '参考来源',
	relatedHeading: '相关应用',
	inDomain: '本领域的应用',
	whyGoFits: 'Go 在这个领域',
	linkToHeading: '链接到本节',
	copyCode: '复制代码',
	codeCopied: '已复制',
	notFoundTitle: '页面不存在',
	notFoundText: '这个地址没有页面。可以从应用目录首页开始浏览。',
	backHome: '前往应用目录',
	footerNote: '用 Go 写成的应用目录，每条说法都经过核查。',
	editPage: '编辑本页',
	editFacts: '编辑基本信息',
	lastUpdated: '最后更新',
	overviewTitle: '目录一览',
	overviewDescription:
		'目录里的应用各自在哪一年首次发布、属于哪个领域，并标出每个应用有多少是用 Go 写的。',
	overviewLink: '目录一览：首次发布年份与领域分布',
	timelineHeading: '首次发布',
	timelineDescription: (apps: number, from: number, to: number) =>
		`${apps} 个应用各自首次公开发布的年份，从 ${from} 年到 ${to} 年。`,
	domainMapHeading: '领域与应用',
	domainMapDescription: (apps: number, domains: number) =>
		`${domains} 个领域中的 ${apps} 个应用，每个都标出了 Go 状态。`,
	goStatusLegend: '图例',
	socialImageAlt: (name: string, status: string, domain: string) =>
		`${name}：${status}，${domain}。Built with Go`,
	goStatus: {
		core: 'Go',
		partial: '部分 Go',
		'not-go': '非 Go',
		unknown: '未公开',
	},
	goStatusHint: {
		core: '引擎和服务端都用 Go 编写。',
		partial: '部分用 Go 编写，但有关键部分不是。',
		'not-go': '并非用 Go 编写，尽管常被这样说。',
		unknown: '实现语言没有公开。',
	},
	verdict: {
		accurate: '属实',
		inaccurate: '不实',
		unverified: '无法证实',
	},
};

const strings: Record<Locale, UiStrings> = { en, zh };

/** The interface strings of a language. */
export function useTranslations(locale: Locale): UiStrings {
	return strings[locale];
}

/** The messages the search module shows, as data attributes of the element it drives. */
export function searchMessages(t: UiStrings) {
	return {
		'data-one': t.searchResultOne,
		'data-many': t.searchResultMany,
		'data-none': t.searchNothingFound,
		'data-failed': t.searchFailed,
	};
}
