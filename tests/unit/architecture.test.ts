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

  it('lists every island once, in lib/islands/manifest.ts, with a module that exports it and marks it with data-island', async () => {
    const { ISLANDS } = await import('@/lib/islands/manifest');
    const { islandComponents } = await import('@/components/islands');
    for (const [name, spec] of Object.entries(ISLANDS)) {
      const module = (await import(`@/${spec.module}`)) as Record<string, unknown>;
      expect(typeof module[spec.export], `${spec.module} exports ${spec.export}`).toBe('function');
      if (spec.runtime === 'preact') expect(islandComponents[name as keyof typeof islandComponents]).toBe(module[spec.export]);
    }
    expect(Object.keys(islandComponents).sort()).toEqual(
      Object.entries(ISLANDS)
        .filter(([, spec]) => spec.runtime === 'preact')
        .map(([name]) => name)
        .sort(),
    );
    const marked = files.filter((f) => /data-island="[a-z-]+"/.test(fs.readFileSync(f, 'utf8')));
    const names = marked.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/data-island="([a-z-]+)"/g)].map((m) => m[1]));
    expect([...new Set(names)].sort()).toEqual(Object.keys(ISLANDS).sort());
  });

  it('lets pages start islands only through <Island>, never by importing one directly', () => {
    const pages = files.filter((f) => f.startsWith('app'));
    const direct = pages.filter((f) => /^import (?!type )[^;]*from '@\/components\/islands/m.test(fs.readFileSync(f, 'utf8')));
    expect(direct).toEqual([]);
  });
});
