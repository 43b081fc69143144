import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
	test: {
		projects: [
			{
				resolve: { alias },
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
			},
			{
				resolve: { alias },
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// One built site and one browser for the whole run (see global-setup.ts).
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
