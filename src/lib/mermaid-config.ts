import type { MermaidConfig } from 'mermaid';

/**
 * Mermaid's settings, for the build-time renderer and the browser fallback alike. Labels are SVG
 * <text> (HTML labels put <p> in <span>, which the W3C validator rejects), and text is measured in
 * the site's font stack so it fits its boxes in the reader's browser.
 */
export const mermaidConfig: MermaidConfig = {
	startOnLoad: false,
	securityLevel: 'strict',
	theme: 'base',
	htmlLabels: false,
	flowchart: { htmlLabels: false },
	fontFamily:
		"system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif",
	fontSize: 16,
	// Some shapes are drawn with rough.js, which is random unless seeded: keep builds byte-identical.
	handDrawnSeed: 1,
};
