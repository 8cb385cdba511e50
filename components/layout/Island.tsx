import type { ComponentProps, ReactNode } from 'react';
import { islandComponents, type ComponentIslandName } from '@/components/islands';
import type { IslandName } from '@/lib/islands/manifest';
import { serializeJsonLd } from '@/lib/seo/jsonld';

type ComponentIslandProps<N extends ComponentIslandName> = { name: N; props: ComponentProps<(typeof islandComponents)[N]> };
/** An island whose runtime is "dom": the route writes its complete markup as children. */
type MarkupIslandProps = { name: Exclude<IslandName, ComponentIslandName>; props: Record<string, unknown>; children: ReactNode };

/**
 * Renders an island into the page's HTML, marked with its name from
 * lib/islands/manifest.ts, and leaves its props beside it as JSON data (not a
 * script that runs) for the browser entry to start it.
 */
export function Island<N extends ComponentIslandName>(island: ComponentIslandProps<N> | MarkupIslandProps) {
  let body: ReactNode;
  if ('children' in island) body = island.children;
  else {
    const Component = islandComponents[island.name] as unknown as (p: Record<string, unknown>) => ReactNode;
    body = <Component {...(island.props as Record<string, unknown>)} />;
  }
  return (
    <>
      <div data-island-root={island.name}>{body}</div>
      <script
        type="application/json"
        data-island-props={island.name}
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(island.props) }}
      />
    </>
  );
}
