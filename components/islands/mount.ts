import type { ComponentType } from 'react';

/**
 * How the browser starts one island: a component to render over the server's
 * markup, or a plain function for markup the server made complete.
 */
export type IslandLoader =
  | { runtime: 'preact'; load: () => Promise<ComponentType<Record<string, unknown>>> }
  | { runtime: 'dom'; load: () => Promise<(root: HTMLElement, props: Record<string, unknown>) => void> };

function propsOf(name: string): Record<string, unknown> {
  const data = document.querySelector(`script[type="application/json"][data-island-props="${CSS.escape(name)}"]`);
  return data?.textContent ? (JSON.parse(data.textContent) as Record<string, unknown>) : {};
}

/**
 * Starts every island on the page. The browser entry that lib/build/bundle-islands.ts
 * writes from lib/islands/manifest.ts calls this with one loader per island, each a
 * separate chunk; the component runtime is a chunk of its own too, so a page
 * whose island needs no framework never downloads one.
 */
export async function mountIslands(loaders: Record<string, IslandLoader>) {
  const roots = document.querySelectorAll<HTMLElement>('[data-island-root]');
  await Promise.all(
    [...roots].map(async (root) => {
      const name = root.dataset.islandRoot ?? '';
      const loader = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
      if (!loader) return;
      if (loader.runtime === 'dom') {
        (await loader.load())(root, propsOf(name));
        return;
      }
      const [{ renderIsland }, Island] = await Promise.all([import('./render'), loader.load()]);
      await renderIsland(root, Island, propsOf(name));
    }),
  );
}
