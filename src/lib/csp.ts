/**
 * The Content-Security-Policy of every page, and the headers a static host sends with it.
 *
 * Scripts run only from this origin or when their hash is listed (the two inline scripts);
 * WebAssembly is allowed for Pagefind. Styles allow inline `style` attributes, which Shiki's token
 * colours and the diagrams' SVG need.
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

/**
 * `_headers` for Netlify and Cloudflare Pages: the pages' own policy plus what only a header can
 * carry (browsers ignore frame-ancestors in a <meta>), and long caching for the content-hashed
 * files in `_astro/`.
 */
export function staticHostHeaders(pagePolicy: string, base: string): string {
	const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	return [
		`${root}*`,
		`  Content-Security-Policy: ${pagePolicy}; frame-ancestors 'none'`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
		`${root}_astro/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}
