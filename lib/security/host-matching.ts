/**
 * Each host's documented way of choosing the headers for a URL, applied to the
 * text of the config generated for it. The tests use these to show that every
 * URL the site serves gets exactly one Content-Security-Policy, the policy
 * meant for it, and the same security headers, on every host.
 *
 * - serve (npm start): every entry whose glob matches applies; a later one
 *   replaces an earlier one's header of the same name.
 * - Netlify: every matching rule in file order; later replaces earlier per
 *   header; a header repeated inside one rule is joined with commas.
 * - Cloudflare Pages: every matching rule in file order; a header set again
 *   by a later rule is appended (joined), unless the rule first detaches it
 *   with "! Name".
 * - Vercel: every matching rule; the last one wins per header.
 * - Firebase Hosting: the last matching rule applies.
 * - nginx: one location (exact "=" first, else the longest prefix) after the
 *   index file and error page are resolved; its add_header lines are all sent.
 * - Caddy: the header block sets (replaces) each header; map placeholders are
 *   read from the path, which is /404.html once an error is rewritten.
 * - Apache: "Header always set" at server level, then each matching
 *   <LocationMatch> in order, each set replacing the last.
 */

export const HOSTS = ['serve', 'netlify', 'cloudflare', 'vercel', 'firebase', 'nginx', 'caddy', 'apache'] as const;
export type Host = (typeof HOSTS)[number];

/** A URL and what the site has there: a file, a folder with index.html, or nothing (the 404 page answers). */
export type UrlCase = { path: string; kind: 'file' | 'folder' | 'missing' };

/** Header name (lower case) to every value sent under it. */
export type Sent = Map<string, string[]>;

type KV = { key: string; value: string };
type JsonRules = { headers: { source: string; headers: KV[] }[] };

const escapeRe = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function add(sent: Sent, key: string, value: string) {
  const name = key.toLowerCase();
  sent.set(name, [...(sent.get(name) ?? []), value]);
}
function set(sent: Sent, key: string, value: string) {
  sent.set(key.toLowerCase(), [value]);
}

/** A glob where "**" is anything and "*" anything but "/". */
function globRe(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i += 1) {
    if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (glob[i] === '*') re += '[^/]*';
    else re += escapeRe(glob[i]);
  }
  return new RegExp(`^${re}$`);
}

/* serve ------------------------------------------------------------------------------------------ */
export function serveSent(config: JsonRules, url: UrlCase): Sent {
  // serve matches the served file's path relative to the folder, without the leading slash.
  const file = url.kind === 'folder' ? `${url.path}index.html` : url.kind === 'missing' ? '/404.html' : url.path;
  const candidates = [url.path.replace(/^\//, ''), file.replace(/^\//, '')];
  const sent: Sent = new Map();
  for (const rule of config.headers) {
    if (candidates.some((c) => globRe(rule.source).test(c))) for (const h of rule.headers) set(sent, h.key, h.value);
  }
  return sent;
}

/* _headers files ----------------------------------------------------------------------------------- */
type HeadersRule = { path: string; detach: string[]; headers: KV[] };

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach) rule.detach.push(detach[1]);
    else {
      const [, key, value] = /^\s+([^:\s]+):\s*(.*)$/.exec(line) ?? [];
      if (!key) throw new Error(`not a header line: ${line}`);
      rule.headers.push({ key, value });
    }
  }
  return rules;
}

/** Splats ("*") match anything, placeholders (":name") one segment. */
function pathPatternRe(pattern: string, options: { optionalSlash: boolean; flags: string }): RegExp {
  const re = pattern
    .split('/')
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRe(part).replace(/\*/g, '.*')))
    .join('/');
  return new RegExp(`^${options.optionalSlash ? re.replace(/\/$/, '') : re}${options.optionalSlash ? '/?' : ''}$`, options.flags);
}

export function netlifySent(text: string, url: UrlCase): Sent {
  const sent: Sent = new Map();
  for (const rule of parseHeadersFile(text)) {
    if (rule.detach.length) throw new Error(`Netlify rejects "! ${rule.detach[0]}" in ${rule.path}`);
    if (!pathPatternRe(rule.path, { optionalSlash: true, flags: 'i' }).test(url.path)) continue;
    const own: Sent = new Map();
    for (const h of rule.headers) add(own, h.key, h.value);
    for (const [k, values] of own) sent.set(k, [values.join(', ')]);
  }
  return sent;
}

export function cloudflareSent(text: string, url: UrlCase): Sent {
  const sent: Sent = new Map();
  for (const rule of parseHeadersFile(text)) {
    if (!pathPatternRe(rule.path, { optionalSlash: false, flags: '' }).test(url.path)) continue;
    for (const name of rule.detach) sent.delete(name.toLowerCase());
    for (const h of rule.headers) add(sent, h.key, h.value);
  }
  return sent;
}

/** Cloudflare Pages refuses more than 100 rules or a line longer than 2,000 characters. */
export function cloudflareLimits(text: string): { rules: number; longestLine: number } {
  return {
    rules: parseHeadersFile(text).length,
    longestLine: Math.max(...text.split('\n').map((l) => l.length)),
  };
}

/* Vercel, Firebase --------------------------------------------------------------------------------- */
function vercelSourceRe(source: string): RegExp {
  // The path-to-regexp forms used here: literal paths and a trailing "(.*)".
  return new RegExp(`^${source.split('(.*)').map(escapeRe).join('(.*)')}$`);
}

export function vercelSent(config: JsonRules, url: UrlCase): Sent {
  const sent: Sent = new Map();
  for (const rule of config.headers) {
    if (vercelSourceRe(rule.source).test(url.path)) for (const h of rule.headers) set(sent, h.key, h.value);
  }
  return sent;
}

export function firebaseSent(config: { hosting: JsonRules }, url: UrlCase): Sent {
  const last = config.hosting.headers.filter((rule) => globRe(rule.source).test(url.path)).at(-1);
  const sent: Sent = new Map();
  for (const h of last?.headers ?? []) add(sent, h.key, h.value);
  return sent;
}

/* nginx ---------------------------------------------------------------------------------------------- */
const unquote = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/\\"/g, '"') : s);

export function nginxSent(text: string, url: UrlCase): Sent {
  const mapBody = /map \$uri \$fg_csp \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
  const map = new Map<string, string>();
  for (const [, key, value] of mapBody.matchAll(/^\s*(\S+)\s+("(?:[^"\\]|\\.)*")\s*;/gm)) map.set(key, unquote(value));
  const locations = [...text.matchAll(/^\s*location\s+(=\s+)?(\S+)\s*\{([\s\S]*?)^\s*\}/gm)].map((m) => ({
    exact: Boolean(m[1]),
    path: m[2],
    body: m[3],
  }));
  // try_files / index resolve a folder to its index.html; a miss becomes the error page.
  const uri = url.kind === 'folder' ? `${url.path}index.html` : url.kind === 'missing' ? '/404.html' : url.path;
  const location =
    locations.find((l) => l.exact && l.path === uri) ??
    locations.filter((l) => !l.exact && uri.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const sent: Sent = new Map();
  for (const [, key, raw] of location?.body.matchAll(/add_header\s+(\S+)\s+("(?:[^"\\]|\\.)*"|\S+)\s+always;/g) ?? []) {
    const value = raw === '$fg_csp' ? (map.get(uri) ?? map.get('default')!) : unquote(raw);
    add(sent, key, value);
  }
  return sent;
}

/* Caddy ---------------------------------------------------------------------------------------------- */
export function caddySent(text: string, url: UrlCase): Sent {
  const maps = new Map<string, { match: (p: string) => boolean; value: string }[]>();
  for (const [, variable, body] of text.matchAll(/map \{path\} \{(\w+)\} \{([\s\S]*?)\n\t\}/g)) {
    const entries = [...body.matchAll(/^\s*(\S+)\s+("(?:[^"\\]|\\.)*")\s*$/gm)].map(([, key, value]) => ({
      match:
        key === 'default'
          ? () => true
          : key.startsWith('~')
            ? (p: string) => new RegExp(key.slice(1)).test(p)
            : (p: string) => p === key,
      value: unquote(value),
    }));
    maps.set(variable, entries);
  }
  const block = /\(fg_headers\) \{\s*header \{([\s\S]*?)\n\t\}/.exec(text)?.[1] ?? '';
  // A miss is rewritten to /404.html and the header block runs again there, replacing.
  const path = url.kind === 'missing' ? '/404.html' : url.path;
  const sent: Sent = new Map();
  for (const [, key, raw] of block.matchAll(/^\s*([A-Za-z-]+)\s+(.+?)\s*$/gm)) {
    const variable = /^\{(\w+)\}$/.exec(raw)?.[1];
    const value = variable ? maps.get(variable)?.find((e) => e.match(path))?.value : unquote(raw);
    if (value === undefined) throw new Error(`Caddy placeholder {${variable}} has no map entry for ${path}`);
    set(sent, key, value);
  }
  return sent;
}

/* Apache --------------------------------------------------------------------------------------------- */
export function apacheSent(text: string, url: UrlCase): Sent {
  if (/^\s*Header\s+(?!always\b)(set|add|append)\b/m.test(text)) {
    throw new Error('Apache: a Header line without "always" goes to the other table and may be sent twice');
  }
  const vhost = /<VirtualHost[^>]*>([\s\S]*?)<\/VirtualHost>/.exec(text)?.[1] ?? text;
  const sections = [...vhost.matchAll(/<LocationMatch "([^"]+)">([\s\S]*?)<\/LocationMatch>/g)];
  const serverLevel = vhost.replace(/<LocationMatch[\s\S]*?<\/LocationMatch>/g, '');
  // mod_dir turns a folder into its index.html; ErrorDocument serves /404.html.
  const uri = url.kind === 'folder' ? `${url.path}index.html` : url.kind === 'missing' ? '/404.html' : url.path;
  const sent: Sent = new Map();
  const apply = (body: string) => {
    for (const [, op, key, value] of body.matchAll(/^\s*Header always (set|add|append) (\S+) "((?:[^"\\]|\\.)*)"\s*$/gm)) {
      if (op === 'set') set(sent, key, unquote(`"${value}"`));
      else add(sent, key, value);
    }
  };
  apply(serverLevel);
  for (const [, re, body] of sections) if (new RegExp(re).test(uri)) apply(body);
  return sent;
}

/* All hosts ------------------------------------------------------------------------------------------ */
export type HostConfigs = {
  serve: JsonRules;
  netlify: string;
  cloudflare: string;
  vercel: JsonRules;
  firebase: { hosting: JsonRules };
  nginx: string;
  caddy: string;
  apache: string;
};

export function sentBy(host: Host, configs: HostConfigs, url: UrlCase): Sent {
  switch (host) {
    case 'serve':
      return serveSent(configs.serve, url);
    case 'netlify':
      return netlifySent(configs.netlify, url);
    case 'cloudflare':
      return cloudflareSent(configs.cloudflare, url);
    case 'vercel':
      return vercelSent(configs.vercel, url);
    case 'firebase':
      return firebaseSent(configs.firebase, url);
    case 'nginx':
      return nginxSent(configs.nginx, url);
    case 'caddy':
      return caddySent(configs.caddy, url);
    case 'apache':
      return apacheSent(configs.apache, url);
  }
}

/** The headers every response must carry once, besides the CSP and Cache-Control. */
const SECURITY = [
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'cross-origin-embedder-policy',
];

/**
 * What is wrong, if anything, with what `host` sends for `url` compared with
 * `expected` (from lib/build/host-configs.ts). An empty list means: one CSP,
 * the right one, one Cache-Control, the right one, and every security header
 * once with its value.
 */
export function problems(host: Host, configs: HostConfigs, url: UrlCase, expected: Record<string, string>): string[] {
  const sent = sentBy(host, configs, url);
  const found: string[] = [];
  const want = new Map(Object.entries(expected).map(([k, v]) => [k.toLowerCase(), v]));
  const names = [...SECURITY, 'content-security-policy', 'cache-control', ...(want.has('strict-transport-security') ? ['strict-transport-security'] : [])];
  for (const name of names) {
    const values = sent.get(name) ?? [];
    if (values.length !== 1) found.push(`${host} ${url.path}: ${values.length} ${name} headers`);
    else if (values[0] !== want.get(name)) found.push(`${host} ${url.path}: ${name} is "${values[0]}", not "${want.get(name)}"`);
    else if (name === 'content-security-policy' && values[0].includes(',')) found.push(`${host} ${url.path}: two policies in one CSP header`);
  }
  return found;
}
