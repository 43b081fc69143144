/**
 * The Content-Security-Policy of every page. Scripts run only from this origin or when their hash
 * is listed (the two inline scripts); WebAssembly is allowed for Pagefind. Styles allow inline
 * `style` attributes, which Shiki's token colours and the diagrams' SVG need.
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' ${inlineScriptHashes.join(' ')} 'wasm-unsafe-eval'`,
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}
