import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * `npm run lint`: the TypeScript, React hooks and accessibility rules over the
 * whole repository. Generated and built files are left out.
 */
export default tseslint.config(
  {
    ignores: ['.next/', 'out/', 'node_modules/', 'deploy/', 'test-results/', 'playwright-report/', 'blob-report/', 'bench-results/', 'next-env.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Config files and bundler loaders written for Node in CommonJS, where require is the import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
