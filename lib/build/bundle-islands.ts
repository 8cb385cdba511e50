import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * zod re-exports every translation of its error messages through one index,
 * which keeps about 50 languages in the bundle. The site speaks English and
 * shows its own messages, so the index is narrowed to English.
 */
const englishOnlyZod: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/**
 * Bundles components/islands/mount.tsx, and each island as its own chunk, into
 * out/_next/static/islands/ with content hashes in the names (so the hosts'
 * year-long cache rule for /_next/static/ applies). Returns the entry's URL.
 */
export async function bundleIslands(outDir: string, env: Record<string, string>): Promise<string> {
  const target = path.join(outDir, '_next', 'static', 'islands');
  const result = await build({
    entryPoints: { mount: 'components/islands/mount.tsx' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    outdir: target,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    legalComments: 'none',
    plugins: [englishOnlyZod],
    logLevel: 'error',
    define: Object.fromEntries(
      Object.entries({ NODE_ENV: 'production', ...env }).map(([k, v]) => [`process.env.${k}`, JSON.stringify(v)]),
    ),
  });
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'components/islands/mount.tsx');
  if (!entry) throw new Error('the island bundle has no entry file');
  return `/${path.relative(outDir, path.resolve(entry[0])).split(path.sep).join('/')}`;
}
