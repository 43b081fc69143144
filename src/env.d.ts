declare module 'virtual:client-scripts' {
	const scripts: import('./integrations/client-scripts').ClientScripts;
	export default scripts;
}
