import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { BROWSER_RUNTIME_ALIASES } from './browser-runtime';
import { ISLAND_NAMES, ISLANDS, type IslandName, type IslandSpec } from '@/lib/islands/manifest';

const ENTRY = 'island-entry';

/**
 * The browser entry, written from the island manifest: one lazy loader per
 * island, so each island is a chunk loaded only by the page that shows it.
 */
function entrySource(root: string): string {
  const file = (relative: string) => JSON.stringify(path.join(root, relative));
  const loaders = ISLAND_NAMES.map((name) => {
    const spec: IslandSpec = ISLANDS[name];
    return `${JSON.stringify(name)}: { runtime: ${JSON.stringify(spec.runtime)}, load: () => import(${file(spec.module)}).then((m) => m[${JSON.stringify(spec.export)}]) }`;
  });
  return `import { mountIslands } from ${file('components/islands/mount.ts')};\nvoid mountIslands({\n  ${loaders.join(',\n  ')}\n});\n`;
}

const manifestEntry = (root: string): Plugin => ({
  name: 'island-manifest-entry',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: ENTRY }));
    b.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({ contents: entrySource(root), resolveDir: root, loader: 'ts' }));
  },
});

export type IslandBundle = {
  /** The entry script's URL. */
  entry: string;
  /** For each island, the URLs of every script a page showing it loads (entry first), from the metafile. */
  files: Record<IslandName, string[]>;
  /** For each island, every script it may load, including chunks it imports only when needed (the QR code library). */
  reachable: Record<IslandName, string[]>;
  /** For each island, the project's source modules in the scripts it may load (not node_modules): what can add classes to a page. */
  sources: Record<IslandName, string[]>;
  metafile: Metafile;
};

const toUrl = (outDir: string, file: string) => `/${path.relative(outDir, path.resolve(file)).split(path.sep).join('/')}`;

/**
 * The scripts a page with these islands loads: the entry and its static
 * imports, each island's own chunk and its imports, and the component runtime
 * for "preact" islands. Read from esbuild's metafile, never from minified text.
 */
export function islandFiles(metafile: Metafile, names: readonly IslandName[], { lazy = false } = {}): string[] {
  const outputs = metafile.outputs;
  const byEntryPoint = new Map(
    Object.entries(outputs).flatMap(([file, o]) => (o.entryPoint ? [[o.entryPoint.replace(/^[^:]+:/, ''), file] as const] : [])),
  );
  const seen = new Set<string>();
  const visit = (file: string | undefined) => {
    if (!file || seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement' || (lazy && i.kind === 'dynamic-import')) visit(i.path);
  };
  // The entry imports every island lazily: only the named islands' chunks are followed from it.
  const entry = byEntryPoint.get(ENTRY);
  if (entry) {
    seen.add(entry);
    for (const i of outputs[entry].imports) if (i.kind === 'import-statement') visit(i.path);
  }
  for (const name of names) {
    const spec: IslandSpec = ISLANDS[name];
    visit(byEntryPoint.get(spec.module));
    if (spec.runtime === 'preact') visit(byEntryPoint.get('components/islands/render.tsx'));
  }
  return [...seen];
}

/**
 * Bundles the island entry, and each island as its own chunk, into
 * out/_next/static/islands/ with content hashes in the names (so the hosts'
 * year-long cache rule for /_next/static/ applies).
 */
export async function bundleIslands(outDir: string, env: Record<string, string>): Promise<IslandBundle> {
  const target = path.join(outDir, '_next', 'static', 'islands');
  const root = process.cwd();
  const result = await build({
    entryPoints: { mount: ENTRY },
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
    alias: BROWSER_RUNTIME_ALIASES,
    plugins: [manifestEntry(root)],
    logLevel: 'error',
    define: Object.fromEntries(
      Object.entries({ NODE_ENV: 'production', ...env }).map(([k, v]) => [`process.env.${k}`, JSON.stringify(v)]),
    ),
  });
  const metafile = result.metafile;
  const leaked = serverOnlyInputs(metafile);
  if (leaked.length) throw new Error(`${leaked[0].input} reached the browser bundle (${leaked[0].output}): keep schemas and data tables on the server.`);
  const files = Object.fromEntries(
    ISLAND_NAMES.map((name) => [name, islandFiles(metafile, [name]).map((f) => toUrl(outDir, f))]),
  ) as Record<IslandName, string[]>;
  const reachable = Object.fromEntries(
    ISLAND_NAMES.map((name) => [name, islandFiles(metafile, [name], { lazy: true }).map((f) => toUrl(outDir, f))]),
  ) as Record<IslandName, string[]>;
  const sources = Object.fromEntries(
    ISLAND_NAMES.map((name) => [
      name,
      [...new Set(islandFiles(metafile, [name], { lazy: true }).flatMap((f) => Object.keys(metafile.outputs[f].inputs)))]
        .filter((input) => !input.includes('node_modules/') && !input.includes(':'))
        .sort(),
    ]),
  ) as Record<IslandName, string[]>;
  const entry = files[ISLAND_NAMES[0]][0];
  if (!entry) throw new Error('the island bundle has no entry file');
  return { entry, files, reachable, sources, metafile };
}

/**
 * Modules that must never reach a browser: the content schemas (full zod, for
 * the build's checks), zod's classic API, and the content data tables. The
 * browser gets only what pages show.
 */
export const SERVER_ONLY_MODULES = [/(^|\/)zod\/v4\/classic\//, /(^|\/)zod\/v3\//, /^lib\/content\/[\w-]*schema\.ts$/, /^content\/data\/doses\.ts$/];

/** The server-only modules in a bundle, with the chunk each landed in. */
export function serverOnlyInputs(metafile: Metafile): { input: string; output: string }[] {
  return Object.entries(metafile.outputs).flatMap(([output, o]) =>
    Object.keys(o.inputs)
      .filter((input) => SERVER_ONLY_MODULES.some((pattern) => pattern.test(input)))
      .map((input) => ({ input, output })),
  );
}

/** Every source module that ends up in a browser chunk, relative to the project. */
export function bundledInputs(metafile: Metafile): string[] {
  return [...new Set(Object.values(metafile.outputs).flatMap((o) => Object.keys(o.inputs)))].sort();
}
