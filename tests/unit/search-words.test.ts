import { describe, expect, it } from 'vitest';
import { browserWords, wordsMissingFromIndex } from '@/lib/search-words';

describe('browserWords', () => {
	it('keeps the distinct words made of Han characters', () => {
		const words = browserWords('容器编排：Kubernetes 调度容器，Go 1.22 编写。', 'zh-CN');
		expect(words.has('容器')).toBe(true);
		expect(words.has('编排')).toBe(true);
		expect([...words].some((word) => /[A-Za-z0-9：，。]/.test(word))).toBe(false);
	});
});

describe('wordsMissingFromIndex', () => {
	it('is empty when the indexer split the text as the browser does', () => {
		expect(wordsMissingFromIndex('容器\u200b编排 Kubernetes', 'zh-CN')).toEqual([]);
	});

	it('lists, sorted, the browser words the indexer split otherwise', () => {
		// The browser splits 数据库 into 数据 and 库 (ICU's dictionary); this indexer made 数 and 据库.
		expect(wordsMissingFromIndex('时序\u200b数\u200b据库', 'zh-CN')).toEqual(['库', '数据']);
	});
});
