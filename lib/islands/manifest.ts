/**
 * The one list of the site's client islands. Everything that needs to know
 * about an island reads it from here: the server's <Island> (which name it
 * may render), the browser entry (generated from `module` and `export` by
 * lib/build/bundle-islands.ts), the Content-Security-Policy of each route
 * (from `needs`) and the build rule that a page may carry an island only on
 * the routes listed for it.
 *
 * `runtime` says how the island starts in the browser: "preact" renders the
 * component (written against React's API, bundled with preact/compat) over
 * the server's markup; "dom" runs a plain function on markup the server
 * already made complete, with no framework at all.
 */
import { staticHref } from '@/lib/site-map/build';
import { LOCALES, type StaticKey } from '@/lib/site-map/pages';

/** A fixed page in every edition: an island runs on its page in each language. */
const everyEdition = (key: StaticKey) => LOCALES.map((locale) => staticHref(key, locale));

export type IslandNeed = 'wasm';

export type IslandSpec = {
  module: string;
  export: string;
  runtime: 'preact' | 'dom';
  routes: readonly string[];
  needs: readonly IslandNeed[];
};

export const ISLANDS = {
  search: {
    module: 'components/islands/search/enhance.ts',
    export: 'enhanceSearch',
    runtime: 'dom',
    routes: everyEdition('search'),
    // Pagefind compiles its search engine from WebAssembly.
    needs: ['wasm'],
  },
  'clinic-builder': {
    module: 'components/islands/ClinicLinkBuilder.tsx',
    export: 'ClinicLinkBuilder',
    runtime: 'preact',
    routes: everyEdition('for-clinics'),
    needs: [],
  },
  appointment: {
    module: 'components/islands/appointment/enhance.ts',
    export: 'enhanceAppointment',
    runtime: 'dom',
    routes: everyEdition('appointment'),
    needs: [],
  },
} as const satisfies Record<string, IslandSpec>;

export type IslandName = keyof typeof ISLANDS;

export const ISLAND_NAMES = Object.keys(ISLANDS) as IslandName[];

export function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(ISLANDS, name);
}

/** Every route that carries an island, with what its policy must allow. */
export function interactiveRoutes(): Record<string, { wasm: boolean; islands: IslandName[] }> {
  const routes: Record<string, { wasm: boolean; islands: IslandName[] }> = {};
  for (const name of ISLAND_NAMES) {
    const spec: IslandSpec = ISLANDS[name];
    for (const route of spec.routes) {
      const entry = (routes[route] ??= { wasm: false, islands: [] });
      entry.islands.push(name);
      if (spec.needs.includes('wasm')) entry.wasm = true;
    }
  }
  return routes;
}
