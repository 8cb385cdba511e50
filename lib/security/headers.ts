/**
 * The one source of truth for response headers. scripts/postbuild.ts turns it
 * into the local server's serve.json, the _headers file for static hosts and
 * the nginx config, so every place that serves the site sends the same headers.
 */
import { interactiveRoutes } from '@/lib/islands/manifest';

export type HeaderMap = Record<string, string>;

/**
 * Routes that carry a client island and therefore JavaScript, with what their
 * policy must allow, from the island manifest. Every other page ships none.
 */
export const INTERACTIVE_ROUTES: Record<string, { wasm: boolean }> = Object.fromEntries(
  Object.entries(interactiveRoutes()).map(([route, { wasm }]) => [route, { wasm }]),
);

export function isInteractive(route: string): boolean {
  return Object.hasOwn(INTERACTIVE_ROUTES, route);
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

const base = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

/**
 * Content pages run no script at all. connect-src stays 'self' so tools that
 * fetch from the page's context (Lighthouse reads /robots.txt that way) work.
 */
export const STATIC_CSP = policy({ ...base, 'script-src': ["'none'"], 'connect-src': ["'self'"] });

/**
 * Interactive pages may run the site's own files plus the exact inline scripts
 * the build produced, named by their sha256 hashes. Never 'unsafe-inline'.
 */
export function interactiveCsp(hashes: string[], options: { wasm: boolean }): string {
  const script = ["'self'", ...hashes.map((h) => `'sha256-${h}'`)];
  if (options.wasm) script.push("'wasm-unsafe-eval'");
  return policy({ ...base, 'img-src': ["'self'", 'data:', 'blob:'], 'script-src': script, 'connect-src': ["'self'"] });
}

/**
 * Pagefind's files under /pagefind/. The search page runs Pagefind on the page
 * (its own policy allows the WebAssembly), but Pagefind also ships a Web Worker,
 * and a worker takes its policy from its own response, so these files keep
 * leave to fetch the index and compile the search engine's WebAssembly.
 */
export const PAGEFIND_CSP = policy({
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'none'"],
});

/** Sent with every response. */
export const COMMON_HEADERS: HeaderMap = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Only over HTTPS, so only in the deploy configs, not the local http server. */
export const HSTS = 'max-age=63072000; includeSubDomains';

export const CACHE = {
  /** Files under /_next/static/ have a content hash in their name and never change. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML and other unhashed files must pick up a new build quickly. */
  revalidate: 'public, max-age=0, must-revalidate',
  /** The search index changes with each build but is costly to fetch on every keystroke. */
  short: 'public, max-age=300',
};
