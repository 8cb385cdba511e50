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

  it('registers every island once for the server and once for the browser, each marked with data-island', async () => {
    const { islands } = await import('@/components/islands');
    const { islandNames } = await import('@/components/islands/mount');
    expect(islandNames.sort()).toEqual(Object.keys(islands).sort());
    for (const component of Object.values(islands)) {
      const file = path.join('components', 'islands', `${component.name}.tsx`);
      expect(fs.readFileSync(file, 'utf8'), file).toMatch(/data-island="[a-z-]+"/);
    }
  });

  it('lets pages start islands only through <Island>, never by importing one directly', () => {
    const pages = files.filter((f) => f.startsWith('app'));
    const direct = pages.filter((f) => /^import (?!type )[^;]*from '@\/components\/islands/m.test(fs.readFileSync(f, 'utf8')));
    expect(direct).toEqual([]);
  });
});
