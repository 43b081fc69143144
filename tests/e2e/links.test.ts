import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/link-checker';

describe('links of the built site', () => {
	it('resolve inside the site, use https outside it, and load nothing from elsewhere', async () => {
		const report = await checkLinks('dist');
		console.log(
			`links: ${report.pages} pages, ${report.internalLinks} internal links checked, ` +
				`${report.externalLinks.length} external links (not visited):\n` +
				report.externalLinks.map((link) => `  ${link}`).join('\n'),
		);
		const problems = report.problems.map(
			({ page, link, problem }) => `/${page}: ${link} ${problem}`,
		);
		expect(problems, problems.join('\n')).toEqual([]);
		// Each app page alone links its language switch, contents, anchors and related apps.
		expect(report.internalLinks).toBeGreaterThan(report.pages * 10);
	});
});
