import { CACHE, COMMON_HEADERS, HSTS, PAGEFIND_CSP, STATIC_CSP, type HeaderMap } from '@/lib/security/headers';
import { DEFAULT_LOCALE, LOCALES, NOT_FOUND_FILE } from '@/lib/site-map/pages';

/** The editions other than English, each with the path it lives under and its own "page not found" file. */
const otherNotFound = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((locale) => ({ prefix: `/${locale}/`, file: NOT_FOUND_FILE[locale] }));

/**
 * Every host config is written from lib/security/headers.ts by these functions
 * (scripts/postbuild.ts calls them after each build). The rule for all of
 * them is the same, whatever the host's own way of matching paths:
 *
 * - every response gets the common security headers, HSTS (except on the
 *   local http server), one Content-Security-Policy and one Cache-Control;
 * - the CSP is the strictest one (STATIC_CSP, no script at all) unless a rule
 *   names the URL: the interactive pages and /pagefind/ get their own. So a
 *   share image, the sitemap, robots.txt or an unknown path answered with the
 *   404 page is never sent without a policy;
 * - files under /_next/static/ are cached for a year, /pagefind/ briefly, the
 *   rest is revalidated.
 *
 * `expectedHeaders` states that rule once; tests/unit/host-matching.test.ts
 * applies each host's documented matching rules to its generated file and
 * compares the result with it for every URL the site serves.
 */

/** One HTML page of the build and the CSP it needs. */
export type PagePolicy = { route: string; csp: string };

/** Names the build a config came from, so a config is never deployed with another build's pages. */
export type BuildStamp = { commit: string; time: string };

export const NO_STAMP: BuildStamp = { commit: 'unknown', time: 'unknown' };

const stampLine = (stamp: BuildStamp) => `Build ${stamp.commit}, ${stamp.time}.`;

/** Pages whose CSP differs from the default, with both URLs a host may see for them. */
function specialPages(pages: PagePolicy[]): { uris: string[]; csp: string }[] {
  return pages
    .filter((p) => p.csp !== STATIC_CSP)
    .map((p) => ({ uris: p.route.endsWith('/') ? [p.route, `${p.route}index.html`] : [p.route], csp: p.csp }));
}

/** What every URL must be sent, whichever host serves it. */
export function expectedHeaders(pathname: string, pages: PagePolicy[], options: { hsts: boolean }): HeaderMap {
  const page = specialPages(pages).find((p) => p.uris.includes(pathname));
  const csp = pathname.startsWith('/pagefind/') ? PAGEFIND_CSP : (page?.csp ?? STATIC_CSP);
  const cache = pathname.startsWith('/_next/static/')
    ? CACHE.immutable
    : pathname.startsWith('/pagefind/')
      ? CACHE.short
      : CACHE.revalidate;
  return {
    ...COMMON_HEADERS,
    ...(options.hsts ? { 'Strict-Transport-Security': HSTS } : {}),
    'Content-Security-Policy': csp,
    'Cache-Control': cache,
  };
}

const deployCommon = (): HeaderMap => ({ ...COMMON_HEADERS, 'Strict-Transport-Security': HSTS });

/* ------------------------------------------------------------------------------------------------
 * serve (npm start and the tests): every matching entry applies, a later one overriding an earlier
 * one header by header. So the default comes first and the per-page policies last.
 */
export function serveConfig(pages: PagePolicy[]) {
  const entry = (source: string, headers: HeaderMap) => ({
    source,
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  });
  return {
    cleanUrls: true,
    trailingSlash: true,
    directoryListing: false,
    headers: [
      entry('**', { ...COMMON_HEADERS, 'Content-Security-Policy': STATIC_CSP, 'Cache-Control': CACHE.revalidate }),
      entry('_next/static/**', { 'Cache-Control': CACHE.immutable }),
      entry('pagefind/**', { 'Cache-Control': CACHE.short, 'Content-Security-Policy': PAGEFIND_CSP }),
      ...specialPages(pages).flatMap((p) =>
        p.uris.map((uri) => entry(uri.replace(/^\//, ''), { 'Content-Security-Policy': p.csp })),
      ),
    ],
  };
}

/* ------------------------------------------------------------------------------------------------
 * _headers files. Netlify and Cloudflare Pages read the same file name with different rules:
 * - Netlify applies every matching rule in file order, a later rule's header replacing an earlier
 *   one's of the same name. It rejects Cloudflare's "! Header" lines.
 * - Cloudflare Pages applies every matching rule and JOINS the values of a header set by several
 *   (two CSPs would become two policies, both enforced). A "! Name" line detaches the header set
 *   by earlier rules. At most 100 rules, 2,000 characters a line.
 */
const block = (path: string, headers: HeaderMap, detach: string[] = []) =>
  [path, ...detach.map((name) => `  ! ${name}`), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');

type PathRule = { path: string; headers: HeaderMap };

/** The rules in the order both _headers files list them: the default first, then what overrides it. */
function pathRules(pages: PagePolicy[], splat: string): PathRule[] {
  return [
    { path: `/${splat}`, headers: { ...deployCommon(), 'Content-Security-Policy': STATIC_CSP, 'Cache-Control': CACHE.revalidate } },
    { path: `/_next/static/${splat}`, headers: { 'Cache-Control': CACHE.immutable } },
    { path: `/pagefind/${splat}`, headers: { 'Content-Security-Policy': PAGEFIND_CSP, 'Cache-Control': CACHE.short } },
    ...specialPages(pages).flatMap((p) => p.uris.map((path) => ({ path, headers: { 'Content-Security-Policy': p.csp } }))),
  ];
}

export function netlifyHeaders(pages: PagePolicy[], stamp: BuildStamp = NO_STAMP): string {
  const lines = [
    `# Netlify. Generated by scripts/postbuild.ts from lib/security/headers.ts. Do not edit.\n# ${stampLine(stamp)}\n# Every matching rule applies; a later rule's header replaces an earlier one's.`,
    ...pathRules(pages, '*').map((r) => block(r.path, r.headers)),
  ];
  return `${lines.join('\n\n')}\n`;
}

export function cloudflareHeaders(pages: PagePolicy[], stamp: BuildStamp = NO_STAMP): string {
  const [first, ...rest] = pathRules(pages, '*');
  const lines = [
    `# Cloudflare Pages. Generated by scripts/postbuild.ts from lib/security/headers.ts. Do not edit.\n# ${stampLine(stamp)}\n# Every matching rule applies and repeated headers are joined, so a rule that overrides\n# a header first detaches it ("! Name").`,
    block(first.path, first.headers),
    ...rest.map((r) => block(r.path, r.headers, Object.keys(r.headers))),
  ];
  return `${lines.join('\n\n')}\n`;
}

export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 };

/* ------------------------------------------------------------------------------------------------
 * Vercel and Firebase Hosting read JSON. On Vercel every matching rule applies and the last one
 * wins for a header of the same name; on Firebase the last matching rule applies. Every rule here
 * carries the full set of headers, so on both the most specific rule (listed last) decides alone.
 */
function fullRules(pages: PagePolicy[]): { kind: 'all' | 'static' | 'pagefind' | 'page'; path: string; headers: HeaderMap }[] {
  const full = (csp: string, cache: string): HeaderMap => ({
    ...deployCommon(),
    'Content-Security-Policy': csp,
    'Cache-Control': cache,
  });
  return [
    { kind: 'all', path: '/', headers: full(STATIC_CSP, CACHE.revalidate) },
    { kind: 'static', path: '/_next/static/', headers: full(STATIC_CSP, CACHE.immutable) },
    { kind: 'pagefind', path: '/pagefind/', headers: full(PAGEFIND_CSP, CACHE.short) },
    ...specialPages(pages).flatMap((p) =>
      p.uris.map((path) => ({ kind: 'page' as const, path, headers: full(p.csp, CACHE.revalidate) })),
    ),
  ];
}

const keyValues = (headers: HeaderMap) => Object.entries(headers).map(([key, value]) => ({ key, value }));

export function vercelConfig(pages: PagePolicy[], stamp: BuildStamp = NO_STAMP) {
  // vercel.json allows no comments or unknown keys: the build is named in an environment
  // variable of the build step, which Vercel accepts and the site never reads.
  const source = (kind: string, path: string) => (kind === 'all' ? '/(.*)' : kind === 'page' ? path : `${path}(.*)`);
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    build: { env: { FLUOROSCOPY_GUIDE_CONFIG: `Generated by scripts/postbuild.ts. ${stampLine(stamp)}` } },
    buildCommand: 'npm run build',
    outputDirectory: 'out',
    cleanUrls: true,
    trailingSlash: true,
    headers: fullRules(pages).map((r) => ({ source: source(r.kind, r.path), headers: keyValues(r.headers) })),
  };
}

export function firebaseConfig(pages: PagePolicy[], stamp: BuildStamp = NO_STAMP) {
  const source = (kind: string, path: string) => (kind === 'all' ? '**' : kind === 'page' ? path : `${path}**`);
  return {
    $comment: `Firebase Hosting. Generated by scripts/postbuild.ts from lib/security/headers.ts. ${stampLine(stamp)}`,
    hosting: {
      public: 'out',
      cleanUrls: true,
      trailingSlash: true,
      headers: fullRules(pages).map((r) => ({ source: source(r.kind, r.path), headers: keyValues(r.headers) })),
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * nginx: a map chooses the CSP per $uri (after index.html is resolved); each location sends every
 * header once. An error page is an internal redirect to /404.html, which gets the default policy.
 */
export type ServerOptions = {
  root: string;
  port: number;
  serverName?: string;
  /** Where the access log goes; it never holds query strings or referrers. "off" turns it off. */
  accessLog?: string;
};

function nginxHeaders(headers: HeaderMap, indent: string): string {
  return Object.entries(headers)
    .map(([k, v]) => `${indent}add_header ${k} "${v}" always;`)
    .join('\n');
}

export function nginxSite(pages: PagePolicy[], options: ServerOptions, stamp: BuildStamp = NO_STAMP): string {
  const entries = specialPages(pages).flatMap((p) => p.uris.map((uri) => `    ${uri} "${p.csp}";`));
  const allHeaders = (cache: string, csp = '$fg_csp') =>
    [
      nginxHeaders(deployCommon(), '        '),
      `        add_header Content-Security-Policy ${csp === '$fg_csp' ? csp : `"${csp}"`} always;`,
      `        add_header Cache-Control "${cache}" always;`,
    ].join('\n');
  const accessLog = options.accessLog ?? '/var/log/nginx/fluoroscopy-guide.access.log';
  return `# nginx. Generated by scripts/postbuild.ts from lib/security/headers.ts. Do not edit.
# ${stampLine(stamp)}
# Include inside http {}; it serves the built out/ folder.

# The access log records the path without its query string ($uri, not $request) and no
# referrer or user agent: a search for a symptom is nobody's business.
log_format fg_private '$time_iso8601 $request_method $uri $status $body_bytes_sent';

map $uri $fg_csp {
    default "${STATIC_CSP}";
${entries.join('\n')}
}

server {
    listen ${options.port};
    server_name ${options.serverName ?? 'localhost'};
    root ${options.root};
    index index.html;
    server_tokens off;
    absolute_redirect off;
    charset utf-8;

    access_log ${accessLog === 'off' ? 'off' : `${accessLog} fg_private`};
    # Error log lines name the request line and the referrer: keep missing files out of it.
    log_not_found off;

    gzip on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_vary on;
    gzip_types text/plain text/css application/javascript application/json image/svg+xml application/xml text/xml application/wasm;

    error_page 404 /404.html;

    location / {
${allHeaders(CACHE.revalidate)}
        try_files $uri $uri/ =404;
    }

    location /_next/static/ {
${allHeaders(CACHE.immutable)}
        try_files $uri =404;
    }

    location /pagefind/ {
${allHeaders(CACHE.short, PAGEFIND_CSP)}
        try_files $uri =404;
    }

    location = /404.html {
${allHeaders(CACHE.revalidate)}
        internal;
    }
${otherNotFound
  .map(
    ({ prefix, file }) => `
    # A missing page under ${prefix} gets that edition's own "page not found".
    location ${prefix} {
        error_page 404 /${file};
${allHeaders(CACHE.revalidate)}
        try_files $uri $uri/ =404;
    }

    location = /${file} {
${allHeaders(CACHE.revalidate)}
        internal;
    }`,
  )
  .join('\n')}
}
`;
}

/* ------------------------------------------------------------------------------------------------
 * Caddy: two maps choose the CSP and Cache-Control from the path; one header block sets every
 * header (replacing, never adding), for pages and for the 404 page alike.
 */
const caddyQuote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

export function caddyfile(pages: PagePolicy[], options: ServerOptions, stamp: BuildStamp = NO_STAMP): string {
  const cspEntries = specialPages(pages).flatMap((p) => p.uris.map((uri) => `\t\t${uri} ${caddyQuote(p.csp)}`));
  const headerLines = Object.entries(deployCommon())
    .map(([k, v]) => `\t\t${k} ${caddyQuote(v)}`)
    .join('\n');
  const accessLog =
    options.accessLog === 'off' || !options.accessLog
      ? '\t# No access log (Caddy keeps none unless a "log" directive asks).'
      : `\tlog {
\t\toutput file ${options.accessLog}
\t\tformat filter {
\t\t\twrap json
\t\t\tfields {
\t\t\t\trequest>uri delete
\t\t\t\trequest>headers delete
\t\t\t\trequest>remote_ip delete
\t\t\t\trequest>remote_port delete
\t\t\t\tresp_headers delete
\t\t\t}
\t\t}
\t}`;
  return `# Caddy. Generated by scripts/postbuild.ts from lib/security/headers.ts. Do not edit.
# ${stampLine(stamp)}
# Serves the built out/ folder over plain HTTP on the given port; put TLS in front, or
# replace ":${options.port}" with the site's host name to let Caddy get a certificate.
{
	admin off
	auto_https off
}

(fg_headers) {
	header {
${headerLines}
		Content-Security-Policy {fg_csp}
		Cache-Control {fg_cache}
		-Server
	}
}

:${options.port} {
	root * ${options.root}
${accessLog}

	map {path} {fg_csp} {
		~^/pagefind/ ${caddyQuote(PAGEFIND_CSP)}
${cspEntries.join('\n')}
		default ${caddyQuote(STATIC_CSP)}
	}
	map {path} {fg_cache} {
		~^/_next/static/ ${caddyQuote(CACHE.immutable)}
		~^/pagefind/ ${caddyQuote(CACHE.short)}
		default ${caddyQuote(CACHE.revalidate)}
	}
	import fg_headers
	encode gzip

	# Folders are addressed with a trailing slash.
	@folder {
		not path */
		file {path}/index.html
	}
	redir @folder {path}/ 301

	# Dot files stay hidden, except the well-known folder (security.txt), which must be public.
	file_server /.well-known/*
	file_server {
		hide .*
	}

	handle_errors {
		import fg_headers
${otherNotFound
  .map(
    ({ prefix, file }, i) => `		@missing${i} expression {err.status_code} == 404 && path('${prefix}*')
		handle @missing${i} {
			rewrite * /${file}
			file_server {
				status 404
			}
		}`,
  )
  .join('\n')}
		@missing expression {err.status_code} == 404
		handle @missing {
			rewrite * /404.html
			file_server {
				status 404
			}
		}
	}
}
`;
}

/* ------------------------------------------------------------------------------------------------
 * Apache (2.4, mod_headers): the default headers are set for the whole virtual host and
 * <LocationMatch> sections set the per-page policy again, later sections replacing earlier ones.
 * "always" everywhere: mod_headers keeps a second table for error responses, and a header set in
 * both tables would be sent twice.
 */
const apacheQuote = (value: string) => `"${value.replace(/"/g, '\\"')}"`;
const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function apacheVhost(pages: PagePolicy[], options: ServerOptions, stamp: BuildStamp = NO_STAMP): string {
  const set = (headers: HeaderMap, indent: string) =>
    Object.entries(headers)
      .map(([k, v]) => `${indent}Header always set ${k} ${apacheQuote(v)}`)
      .join('\n');
  const pageSections = pages
    .filter((p) => p.csp !== STATIC_CSP)
    .map((p) => {
      const pattern = p.route.endsWith('/') ? `^${regexEscape(p.route)}(index\\.html)?$` : `^${regexEscape(p.route)}$`;
      return `    <LocationMatch "${pattern}">\n${set({ 'Content-Security-Policy': p.csp }, '        ')}\n    </LocationMatch>`;
    });
  const accessLog = options.accessLog ?? '${APACHE_LOG_DIR}/fluoroscopy-guide.access.log';
  return `# Apache 2.4. Generated by scripts/postbuild.ts from lib/security/headers.ts. Do not edit.
# ${stampLine(stamp)}
# Needs mod_headers, mod_deflate, mod_filter, mod_dir and mod_mime (a2enmod headers deflate).
<VirtualHost *:${options.port}>
    ServerName ${options.serverName ?? 'localhost'}
    DocumentRoot "${options.root}"
    ServerSignature Off

    # The access log has the path without its query string (%U, not %r) and no referrer or
    # user agent; error lines leave out the referrer Apache adds by default.
    LogFormat "%{%Y-%m-%dT%H:%M:%S%z}t %m %U %>s %B" fg_private
    ${accessLog === 'off' ? '# No access log.' : `CustomLog "${accessLog}" fg_private`}
    ErrorLogFormat "[%{u}t] [%l] %M"

    <Directory "${options.root}">
        Options None
        AllowOverride None
        Require all granted
        DirectoryIndex index.html
        DirectorySlash On
    </Directory>

    ErrorDocument 404 /404.html
${otherNotFound.map(({ prefix, file }) => `    <Location "${prefix}">\n        ErrorDocument 404 /${file}\n    </Location>`).join('\n')}
    AddDefaultCharset utf-8

${set({ ...deployCommon(), 'Content-Security-Policy': STATIC_CSP, 'Cache-Control': CACHE.revalidate }, '    ')}

    <LocationMatch "^/_next/static/">
${set({ 'Cache-Control': CACHE.immutable }, '        ')}
    </LocationMatch>

    <LocationMatch "^/pagefind/">
${set({ 'Content-Security-Policy': PAGEFIND_CSP, 'Cache-Control': CACHE.short }, '        ')}
    </LocationMatch>

${pageSections.join('\n\n')}

    AddType application/wasm .wasm
    AddOutputFilterByType DEFLATE text/html text/plain text/css text/xml application/xml application/javascript text/javascript application/json image/svg+xml application/wasm
</VirtualHost>
`;
}
