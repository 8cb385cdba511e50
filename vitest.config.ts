import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BROWSER_RUNTIME_ALIASES } from './lib/build/browser-runtime';
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
    projects: [
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}'],
          // The framework-free islands (components/islands/appointment/, components/islands/search/) are tested here, over React's server HTML.
          exclude: ['tests/e2e/**', 'node_modules/**', 'components/islands/*.test.{ts,tsx}'],
        },
      },
      {
        // The islands run on Preact in the browser, so their tests do too; the HTML the server writes for them is React's (tests/unit/island-html.test.tsx).
        extends: true,
        resolve: {
          alias: [
            ...Object.entries({ ...BROWSER_RUNTIME_ALIASES, '@testing-library/react': fileURLToPath(new URL('./tests/preact-testing-library.tsx', import.meta.url)) }).map(([find, replacement]) => ({
              find: new RegExp(`^${find.replace(/[/.]/g, '\\$&')}$`),
              replacement,
            })),
          ],
        },
        test: { name: 'islands', include: ['components/islands/*.test.{ts,tsx}'] },
      },
    ],
  },
});
