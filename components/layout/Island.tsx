import type { ComponentProps, ReactNode } from 'react';
import { islands, type IslandName } from '@/components/islands';
import { serializeJsonLd } from '@/lib/seo/jsonld';

type IslandProps<N extends IslandName> = ComponentProps<(typeof islands)[N]> & Record<string, unknown>;
type Props<N extends IslandName> = { name: N; props: IslandProps<N> };

/**
 * Renders an island into the page's HTML and leaves its props beside it as
 * JSON data (not a script that runs), for components/islands/mount.tsx to
 * start it in the browser.
 */
export function Island<N extends IslandName>({ name, props }: Props<N>) {
  const Component = islands[name] as unknown as (p: IslandProps<N>) => ReactNode;
  return (
    <>
      <div data-island-root={name}>
        <Component {...props} />
      </div>
      <script
        type="application/json"
        data-island-props={name}
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(props) }}
      />
    </>
  );
}
