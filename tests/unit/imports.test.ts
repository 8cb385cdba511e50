// @vitest-environment node
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/*
 * The import rule (.dependency-cruiser.cjs): app -> components -> lib ->
 * content, no circles, and no file reading below the routes except in build
 * logic. Checked on the real source, and on a small broken project to show
 * the rule can fail.
 */

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(paths: string[], baseDir?: string): Promise<string[]> {
  const { tsConfig, ...options } = config.options as { tsConfig: { fileName: string } } & Record<string, unknown>;
  const result = await cruise(
    paths,
    { ...options, ...(baseDir ? { baseDir } : {}), validate: true, ruleSet: { forbidden: config.forbidden } } as never,
    undefined,
    { tsConfig: extractTSConfig(tsConfig.fileName) },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('every import runs down the house', () => {
  it('has no import that runs upwards, no circle, and no component that reads files', async () => {
    expect(await violations(['app', 'components', 'lib', 'content', 'mdx-components.tsx'])).toEqual([]);
  });

  it('catches a circle, an upward import and a component that reads files', async () => {
    const found = await violations(['components', 'lib', 'content'], 'tests/fixtures/imports');
    expect(found).toEqual(
      expect.arrayContaining([
        'lib-not-up: lib/label.ts -> components/Card.tsx',
        'content-not-up: content/data.ts -> lib/label.ts',
        expect.stringMatching(/^no-circular: /),
        expect.stringMatching(/^components-no-file-io: components\/Reader\.tsx -> /),
      ]),
    );
  });
});
