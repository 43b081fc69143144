import { describe, expect, it } from 'vitest';
import { joinCjkLines } from '@/plugins/remark-cjk-soft-breaks';

describe('joinCjkLines', () => {
	it('joins a line break between Chinese characters or punctuation', () => {
		expect(joinCjkLines('服务器是 TypeScript 写的，\n随着用户增长')).toBe(
			'服务器是 TypeScript 写的，随着用户增长',
		);
		expect(joinCjkLines('负责排序\n  和裁决')).toBe('负责排序和裁决');
	});

	it('keeps the space where a Latin word or a number meets the break', () => {
		expect(joinCjkLines('用 Go\n编写')).toBe('用 Go\n编写');
		expect(joinCjkLines('written in\nGo')).toBe('written in\nGo');
		expect(joinCjkLines('2018\n年')).toBe('2018\n年');
	});
});
