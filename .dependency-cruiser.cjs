/**
 * The import rule of the house: routes (app/) use components, components use
 * plain logic (lib/), and logic uses content and its data (content/). Nothing
 * imports upwards, nothing goes round in a circle, and only build-time logic
 * touches the file system.
 */
// Tests sit beside what they test and may render a component from anywhere.
const TESTS = '\\.(test|examples)\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle makes two modules one; split the shared part out and import it from both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'components-not-to-app',
      severity: 'error',
      comment: 'Components are used by routes, never the other way round.',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^app/' },
    },
    {
      name: 'lib-not-up',
      severity: 'error',
      comment: 'Plain logic knows nothing of routes or components; shared types live where the data lives.',
      from: { path: '^lib/', pathNot: TESTS },
      to: { path: '^(app|components)/|^mdx-components' },
    },
    {
      name: 'content-not-up',
      severity: 'error',
      comment: 'Content and its data sit at the bottom: they import only each other.',
      from: { path: '^content/', pathNot: TESTS },
      to: { path: '^(app|components|lib)/|^mdx-components' },
    },
    {
      name: 'components-no-file-io',
      severity: 'error',
      comment: 'Components render what they are given; reading files is build-time logic.',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: '^(node:)?(fs|fs/promises)$', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next|out|deploy)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
