/** Formats rows as a plain-text table for the terminal: benchmarks and budget reports print it. */

/** Right-aligns numbers and left-aligns text, one column per header. */
export function textTable(
	headers: readonly string[],
	rows: readonly (readonly unknown[])[],
): string {
	const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
	// A column is numeric when every filled cell is a number, bare or with a unit ("12.5 KB").
	const numeric = headers.map((_, column) =>
		rows.every((row) => /^([\d.,]+( \w+)?)?$/.test(String(row[column] ?? ''))),
	);
	const widths = headers.map((_, column) =>
		Math.max(...cells.map((row) => row[column]?.length ?? 0)),
	);
	const line = (row: readonly string[]) =>
		row
			.map((cell, column) =>
				numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
			)
			.join('  ')
			.trimEnd();
	const [head = [], ...body] = cells;
	return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** Bytes as KB (1 KB = 1,024 bytes) with one decimal, the unit of the budgets. */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes as MB (1 MB = 1,048,576 bytes) with one decimal. */
export const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
