import fs from 'node:fs';
import path from 'node:path';
import { dataSources } from '@/content/data/sources';
import { sourceSchema } from '@/content/schema/source';

/** The same page at two addresses (www or not, a trailing slash, http) counts once. */
const normal = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '').toLowerCase();

const repoFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', '.next', 'out', '.git', 'test-results'].includes(e.name) ? [] : repoFiles(full);
    return /\.(ts|tsx|mdx)$/.test(e.name) && full !== path.join('content', 'data', 'sources.ts') ? [full] : [];
  });

describe('the registry of sources', () => {
  it('has a valid publisher, title and https link for every entry', () => {
    for (const [key, source] of Object.entries(dataSources)) {
      const result = sourceSchema.safeParse(source);
      expect(result.success, `${key}: ${result.error?.message}`).toBe(true);
    }
  });

  it('holds each publisher page once, whatever its address looks like', () => {
    const seen = new Map<string, string>();
    for (const [key, source] of Object.entries(dataSources)) {
      const url = normal(source.url);
      expect(seen.get(url), `${key} repeats ${seen.get(url)}`).toBeUndefined();
      seen.set(url, key);
    }
  });

  it('has no entry that no page or data file uses', () => {
    const text = ['app', 'components', 'content', 'lib'].flatMap(repoFiles).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(dataSources).filter((key) => !new RegExp(`\\b${key}\\b`).test(text));
    expect(unused).toEqual([]);
  });

  it('is the only place a source link is written', () => {
    const offenders = ['app', 'components', 'content', 'lib']
      .flatMap(repoFiles)
      .filter((f) => !f.includes('.test.') && !f.startsWith('lib/build/') && f !== 'lib/site.ts')
      .filter((f) => /https:\/\/(?!schema\.org)[^\s'"`)]+/.test(fs.readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')));
    expect(offenders).toEqual([]);
  });
});
