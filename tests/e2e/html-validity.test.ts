/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (the npm package vnu-jar), run once
 * for all pages: one JVM start costs seconds, a page milliseconds.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages';

interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/**
 * The checker's CSS validator crashes on some valid CSS (light-dark() with var() arguments, in
 * vnu 26.9) and reports its own Java exception as an error. That says nothing about the page.
 */
const checkerCrash = /Cannot invoke "[^"]+" because "[^"]+" is null/;

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Runs the checker on `files` and returns its JSON report. */
function runNu(files: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		// The pages declare their language, and detecting it only ever warns: skipping it saves time.
		const options = ['--errors-only', '--no-langdetect', '--format', 'json'];
		const java = spawn('java', ['-jar', vnuJar, ...options, ...files]);
		let output = '';
		// The JSON report goes to stderr.
		java.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		java.on('error', (error) =>
			reject(
				new Error(
					`Java is needed for the HTML checker (Debian: apt-get install -y default-jre-headless): ${error.message}`,
				),
			),
		);
		java.on('close', () => resolve(output));
	});
}

function parseReport(output: string): NuMessage[] {
	try {
		return (JSON.parse(output) as { messages: NuMessage[] }).messages;
	} catch {
		throw new Error(`The Nu HTML Checker did not report in JSON:\n${output.slice(0, 2000)}`);
	}
}

describe('HTML validity', () => {
	it('the Nu HTML Checker finds no error on any page', async () => {
		const files = (await builtPages('dist')).map((page) => page.file);
		const messages = parseReport(await runNu(files));
		const errors = messages
			.filter((message) => !checkerCrash.test(message.message))
			.map((message) => {
				const file = message.url ? relative('.', fileURLToPath(message.url)) : '(checker)';
				return `${file}:${message.lastLine ?? '?'}: ${message.message} [${message.extract ?? ''}]`;
			});
		expect(errors.join('\n')).toBe('');
		expect(files.length).toBeGreaterThan(0);
	}, 120_000);
});
