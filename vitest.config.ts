import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { importedPlugins } from './lib/content/compile/plugins.mjs';

// The plugin list next.config.mjs uses, so tests render MDX exactly as the site does.
const mdxOptions = await importedPlugins();

export default defineConfig({
  plugins: [{ enforce: 'pre', ...mdx(mdxOptions) }, react({ include: /\.(tsx|ts|jsx|js|mdx)$/ })],
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    // Content checks parse every article; on a busy two-core machine that can pass the 5 s default.
    testTimeout: 20_000,
    include: ['tests/unit/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
