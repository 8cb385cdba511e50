import type { PagePolicy } from './host-configs';
import { beforeBodyEnd, cspHash, readPage, removeNextRuntime, UnknownScriptError } from './html';
import { ISLANDS, isIslandName, type IslandName, type IslandSpec } from '@/lib/islands/manifest';
import { STATIC_CSP, interactiveCsp } from '@/lib/security/headers';

export class PageRuleError extends Error {}

/** The island bundle as a page needs it: the entry, and each island's scripts with their integrity hashes. */
export type IslandScripts = {
  entry: string;
  /** For each island, the scripts a page showing it loads first (entry first). */
  files: Partial<Record<IslandName, string[]>>;
  /** Integrity (sha384) of every file of the bundle, by URL. */
  integrity: Record<string, string>;
  /** For each island, every chunk it can import, lazily loaded ones too. */
  reachable: Partial<Record<IslandName, string[]>>;
};

/**
 * Applies the one rule about JavaScript to a built page. Every page loses
 * Next's client runtime (and the build fails on any script it does not
 * recognise). A page may show an island only on a route the island manifest
 * lists for it; such a page gets the island entry, preloads of the scripts its
 * islands need at once, an import map with the integrity hash of every chunk
 * they may import, and a CSP that allows the site's own files, the import
 * map's hash, and WebAssembly only where an island needs it. A content page
 * carries no script at all.
 */
export function processPage(route: string, html: string, bundle: IslandScripts): { html: string; policy?: PagePolicy } {
  let stripped: string;
  try {
    stripped = removeNextRuntime(html);
  } catch (error) {
    if (error instanceof UnknownScriptError) throw new PageRuleError(`${route}: ${error.message}`);
    throw error;
  }
  const roots = [...new Set(readPage(stripped).islandRoots)];
  const unknown = roots.find((name) => !isIslandName(name));
  if (unknown) throw new PageRuleError(`${route} has an island "${unknown}" that is not in lib/islands/manifest.ts.`);
  const names = roots as IslandName[];
  const misplaced = names.find((name) => !(ISLANDS[name] as IslandSpec).routes.includes(route));
  if (misplaced) {
    throw new PageRuleError(`${route} shows the island "${misplaced}", whose routes in lib/islands/manifest.ts do not include it.`);
  }
  const expected = (Object.keys(ISLANDS) as IslandName[]).filter((name) => (ISLANDS[name] as IslandSpec).routes.includes(route));
  const missing = expected.find((name) => !names.includes(name));
  if (missing) throw new PageRuleError(`${route} is listed for the island "${missing}" but does not render it (<Island> from components/layout).`);

  if (!names.length) {
    const servedAsPage = route.endsWith('/') || route.endsWith('/404.html');
    return { html: stripped, policy: servedAsPage ? { route, csp: STATIC_CSP } : undefined };
  }

  const sri = (url: string) => {
    const value = bundle.integrity[url];
    if (!value) throw new PageRuleError(`${route}: no integrity hash for ${url}`);
    return value;
  };
  const first = [...new Set(names.flatMap((name) => bundle.files[name] ?? []))].filter((url) => url !== bundle.entry);
  const chunks = [...new Set(names.flatMap((name) => [...(bundle.files[name] ?? []), ...(bundle.reachable[name] ?? [])]))]
    .filter((url) => url !== bundle.entry)
    .sort();
  // The chunks the entry imports are checked through the import map's "integrity" (its hash joins the CSP below).
  const importMap = chunks.length ? `<script type="importmap">${JSON.stringify({ integrity: Object.fromEntries(chunks.map((c) => [c, sri(c)])) })}</script>` : '';
  // Fetched alongside the entry rather than after it, so the island starts after one round trip, not three.
  // With the same integrity and credentials as the import that follows, or the browser fetches the file twice.
  const preloads = first.map((url) => `<link rel="modulepreload" href="${url}" integrity="${sri(url)}" crossorigin="anonymous">`).join('');
  const entry = `<script type="module" src="${bundle.entry}" integrity="${sri(bundle.entry)}" crossorigin="anonymous"></script>`;
  const withIslands = beforeBodyEnd(stripped, `${importMap}${preloads}${entry}`);
  const inline = readPage(withIslands).scripts.filter((s) => !s.src && s.kind === 'island');
  const wasm = names.some((name) => (ISLANDS[name] as IslandSpec).needs.includes('wasm'));
  return { html: withIslands, policy: { route, csp: interactiveCsp([...new Set(inline.map((s) => cspHash(s.text)))], { wasm }) } };
}
