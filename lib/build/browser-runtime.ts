/**
 * In the browser, the islands' React API is Preact's compatibility layer
 * (about a tenth of React's size); the server still renders them with React.
 * The island bundle and the island unit tests use the same aliases, so the
 * tests exercise the runtime that ships. Subpaths come before "react" itself.
 */
export const BROWSER_RUNTIME_ALIASES: Record<string, string> = {
  'react-dom/client': 'preact/compat/client',
  'react-dom/test-utils': 'preact/test-utils',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
  react: 'preact/compat',
};
