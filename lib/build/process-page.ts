import type { PagePolicy } from './host-configs';
import { cspHash, islandsOf, scriptsOf, stripScripts } from './html';
import { INTERACTIVE_ROUTES, STATIC_CSP, interactiveCsp, isInteractive } from '@/lib/security/headers';

export class PageRuleError extends Error {}

/**
 * Applies the one rule about JavaScript to a built page. Every page loses
 * Next's client runtime. A content page then carries no script at all; an
 * interactive page gets one module script that starts its islands with React
 * alone, and a CSP that allows the site's own files plus the hashes of any
 * inline script (there are none today). Breaking the rule throws, which fails
 * the build.
 */
/** The island entry script, its integrity hash, and those of the chunks it imports. */
export type IslandScript = { src: string; integrity?: string; chunks?: Record<string, string> };

export function processPage(
  route: string,
  html: string,
  island: string | IslandScript,
): { html: string; policy?: PagePolicy } {
  const islandScript = typeof island === 'string' ? { src: island } : island;
  const islands = islandsOf(html);
  const stripped = stripScripts(html);
  if (isInteractive(route)) {
    if (!islands.length || !/\bdata-island-root="/.test(html)) {
      throw new PageRuleError(`${route} is listed as interactive but renders no island (<Island> from components/layout).`);
    }
    if (!stripped.includes('</body>')) throw new PageRuleError(`${route} has no </body> to put its island script before.`);
    // With its Subresource Integrity hash, the browser runs the bundle only if it is the file this build wrote.
    const integrity = islandScript.integrity ? ` integrity="${islandScript.integrity}" crossorigin="anonymous"` : '';
    // The chunks it imports are checked through the import map's "integrity" (its hash joins the CSP below).
    const chunks = Object.keys(islandScript.chunks ?? {}).length
      ? `<script type="importmap">${JSON.stringify({ integrity: islandScript.chunks })}</script>`
      : '';
    const withIslands = stripped.replace(
      '</body>',
      `${chunks}<script type="module" src="${islandScript.src}"${integrity}></script></body>`,
    );
    const hashes = [...new Set(scriptsOf(withIslands).inline.map(cspHash))];
    return { html: withIslands, policy: { route, csp: interactiveCsp(hashes, INTERACTIVE_ROUTES[route]) } };
  }
  if (islands.length) {
    throw new PageRuleError(
      `${route} uses the client island "${islands[0]}" but is not in INTERACTIVE_ROUTES (lib/security/headers.ts).`,
    );
  }
  const servedAsPage = route.endsWith('/') || route === '/404.html';
  return { html: stripped, policy: servedAsPage ? { route, csp: STATIC_CSP } : undefined };
}
