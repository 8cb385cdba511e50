import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';

const { compileOnce } = createRequire(import.meta.url)('./once-loader.cjs') as {
  compileOnce: (options: { root: string; cacheDir: string; file: string; source: string; compile: () => Promise<string> }) => Promise<string>;
};

const dirs: string[] = [];
function cacheDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-once-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const root = process.cwd();

describe('compileOnce', () => {
  it('compiles an article once when two layers ask for it at the same time', async () => {
    const dir = cacheDir();
    let compiles = 0;
    const compile = async () => {
      compiles += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return 'export default 1';
    };
    const ask = () => compileOnce({ root, cacheDir: dir, file: 'content/guides/a.mdx', source: '# A', compile });
    const results = await Promise.all([ask(), ask(), ask()]);
    expect(results).toEqual(['export default 1', 'export default 1', 'export default 1']);
    expect(compiles).toBe(1);
  });

  it('compiles again when the article changes', async () => {
    const dir = cacheDir();
    const seen: string[] = [];
    const ask = (source: string) =>
      compileOnce({ root, cacheDir: dir, file: 'content/guides/a.mdx', source, compile: async () => (seen.push(source), `// ${source}`) });
    await ask('# A');
    await ask('# A');
    expect(await ask('# B')).toBe('// # B');
    expect(seen).toEqual(['# A', '# B']);
  });

  it('keeps no result from a failed compile, so the error shows again and a fix is picked up', async () => {
    const dir = cacheDir();
    const failing = () => compileOnce({ root, cacheDir: dir, file: 'content/guides/a.mdx', source: '# A', compile: async () => Promise.reject(new Error('content/guides/a.mdx: title is missing')) });
    await expect(failing()).rejects.toThrow('title is missing');
    await expect(failing()).rejects.toThrow('title is missing');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
