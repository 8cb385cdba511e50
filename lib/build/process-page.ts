import type { PagePolicy } from './host-configs';
import { cspHash, islandsOf, scriptsOf, stripScripts } from './html';
import { INTERACTIVE_ROUTES, STATIC_CSP, interactiveCsp, isInteractive } from '@/lib/security/headers';

export class PageRuleError extends Error {}

/**
 * Applies the one rule about JavaScript to a built page: a content page loses
 * every script; an interactive page keeps its scripts and gets a CSP with the
 * hashes of its inline ones. Breaking the rule throws, which fails the build.
 */
export function processPage(route: string, html: string): { html: string; policy?: PagePolicy } {
  const islands = islandsOf(html);
  if (isInteractive(route)) {
    const { external, inline } = scriptsOf(html);
    if (!islands.length) throw new PageRuleError(`${route} is listed as interactive but renders no data-island element.`);
    if (!external.length) throw new PageRuleError(`${route} is interactive but lost its scripts.`);
    const hashes = [...new Set(inline.map(cspHash))];
    return { html, policy: { route, csp: interactiveCsp(hashes, INTERACTIVE_ROUTES[route]) } };
  }
  if (islands.length) {
    throw new PageRuleError(
      `${route} uses the client island "${islands[0]}" but is not in INTERACTIVE_ROUTES (lib/security/headers.ts).`,
    );
  }
  const servedAsPage = route.endsWith('/') || route === '/404.html';
  return { html: stripScripts(html), policy: servedAsPage ? { route, csp: STATIC_CSP } : undefined };
}
