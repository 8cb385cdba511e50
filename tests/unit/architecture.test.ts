import fs from 'node:fs';
import path from 'node:path';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = ['app', 'components', 'lib', 'content'].flatMap(sourceFiles);
const isClient = (file: string) => /^\s*['"]use client['"]/m.test(fs.readFileSync(file, 'utf8'));

describe('where JavaScript may come from', () => {
  it('has client components only in components/islands/', () => {
    const outside = files.filter((f) => isClient(f) && !f.startsWith(path.join('components', 'islands')));
    expect(outside).toEqual([]);
  });

  it('marks each island a page renders with data-island, so the build can check where scripts go', () => {
    const pages = files.filter((f) => f.startsWith('app'));
    const roots = new Set(
      pages.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/from '@\/components\/islands\/(\w+)'/g)].map((m) => m[1])),
    );
    expect(roots.size).toBeGreaterThanOrEqual(3);
    for (const name of roots) {
      const text = fs.readFileSync(path.join('components', 'islands', `${name}.tsx`), 'utf8');
      expect(text, name).toMatch(/data-island="[a-z-]+"/);
    }
  });
});
