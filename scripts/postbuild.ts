/**
 * Runs after `next build` over out/:
 * 1. every page loses Next's client runtime, found with an HTML parser; a
 *    script the build does not recognise fails it; pages with islands (from
 *    lib/islands/manifest.ts) get the island entry, its hashes and their policy;
 * 2. Next's navigation payloads and client chunks, which nothing loads, are removed;
 * 3. /.well-known/security.txt is written;
 * 4. the Pagefind search index is built from the article bodies, one record per part of a page;
 * 5. the host configs are written from lib/security/headers.ts.
 * Before all that, it checks the build compiled each article once.
 * Any page that breaks the rules fails the build with its route named.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  apacheVhost,
  caddyfile,
  cloudflareHeaders,
  firebaseConfig,
  netlifyHeaders,
  nginxSite,
  serveConfig,
  vercelConfig,
  type BuildStamp,
  type PagePolicy,
} from '../lib/build/host-configs';
import { ISLAND_DIR, readPage, replaceStylesheets, routeOfFile } from '../lib/build/html';
import { splitStylesheets } from '../lib/build/split-css';
import { bundleIslands } from '../lib/build/bundle-islands';
import { isNextPayload } from '../lib/build/next-output';
import { pageWeight } from '../lib/build/page-weight';
import { rechunkPagefind } from '../lib/build/pagefind-chunks';
import { nameRecords, type RecordPlace } from '../lib/build/pagefind-records';
import { pageRecords } from '../lib/build/search-records';
import { processPage, type IslandScripts } from '../lib/build/process-page';
import { LEFT_OUT_OF_SEARCH } from '../lib/search/index-rules';
import { SITE_URL } from '../lib/site';
import { INTERACTIVE_ROUTES } from '../lib/security/headers';
import { staticHref } from '../lib/site-map/build';
import { LOCALES, NOT_FOUND_FILE } from '../lib/site-map/pages';
import { securityTxt } from '../lib/security/security-txt';
import { indexedLanguage, searchLanguageErrors, type PagefindEntry } from '../lib/build/search-languages';
import type { IslandName } from '../lib/islands/manifest';

const OUT = path.resolve('out');
/** Pagefind's own search interfaces and its result highlighter, which no page loads. */
const PAGEFIND_UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
const DEPLOY = path.resolve('deploy/generated');
/** Where the per-kind stylesheets go: under /_next/static/, so hosts cache them for a year (their names carry a hash). */
const STYLE_DIR = '/_next/static/css/';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' || entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

function fail(message: string): never {
  console.error(`\npostbuild: ${message}\n`);
  process.exit(1);
}

/**
 * Next writes share images as files named "opengraph-image" with no extension,
 * so hosts guess their type. Give them ".png" and point the pages at the new name.
 */
function nameShareImages(files: string[]) {
  const images = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '_next' ? [] : images(full);
      // Inside a route group Next adds a short hash ("opengraph-image-1a7s82"), so the two editions' images never clash.
      return /^opengraph-image(-[a-z0-9]+)?$/.test(entry.name) ? [full] : [];
    });
  for (const image of images(OUT)) fs.renameSync(image, `${image}.png`);
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const renamed = html.replace(/\/(opengraph-image(?:-[a-z0-9]+)?)\?/g, '/$1.png?');
    if (renamed !== html) fs.writeFileSync(file, renamed);
  }
}

/**
 * Next writes a React Server Components payload beside every page for
 * client-side navigation (index.txt, and __next.<segment>.txt for each
 * segment). No page keeps Next's router and the site links with plain <a>
 * elements, so nothing ever fetches them: drop them, recognised by Next's own
 * names, so any other text file (robots.txt, security.txt) stays.
 */
function removeUnusedPayloads(): number {
  let removed = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_next', 'pagefind'].includes(entry.name)) walk(full);
      } else if (isNextPayload(path.relative(OUT, full), (name) => fs.existsSync(path.join(OUT, name)))) {
        fs.rmSync(full);
        removed += 1;
      }
    }
  };
  walk(OUT);
  return removed;
}

/**
 * Next's own client chunks: once every page has lost Next's runtime, no page
 * references them, so they are not deployed. The stylesheet is kept, and so is
 * anything a page still names.
 */
function removeUnusedChunks(referenced: Set<string>): number {
  const dir = path.join(OUT, '_next', 'static', 'chunks');
  let removed = 0;
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js') && !referenced.has(`/${path.relative(OUT, full).split(path.sep).join('/')}`)) {
        fs.rmSync(full);
        removed += 1;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return removed;
}

/**
 * Replaces Tailwind's one stylesheet with one per kind of page, each holding
 * only the rules that kind of page can use (lib/build/split-css.ts), and
 * points every page at its own. Rewrites `built` in place.
 */
function writeStylesheets(built: { route: string; html: string; islands: IslandName[] }[], sources: Record<IslandName, string[]>): string {
  const original = [...new Set(built.flatMap((page) => readPage(page.html).stylesheets))];
  if (original.length !== 1) fail(`expected every page to link the one stylesheet Next writes, found ${original.length}: ${original.join(', ')}`);
  const css = fs.readFileSync(path.join(OUT, original[0]), 'utf8');
  const sourceText = (island: string) => sources[island as IslandName].map((file) => fs.readFileSync(path.resolve(file), 'utf8'));
  const { stylesheets, nameOf } = splitStylesheets(built, css, sourceText);
  fs.mkdirSync(path.join(OUT, STYLE_DIR), { recursive: true });
  for (const sheet of stylesheets) fs.writeFileSync(path.join(OUT, STYLE_DIR, sheet.name), sheet.css);
  for (const page of built) page.html = replaceStylesheets(page.html, () => `${STYLE_DIR}${nameOf(page.route)}`);
  fs.rmSync(path.join(OUT, original[0]));
  return stylesheets.map((sheet) => sheet.name).join(', ');
}

/** The commit (with "+changes" if the work tree differs from it) and the time of this build. */
function buildStamp(): BuildStamp {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (dirty.trim()) commit += '+changes';
  } catch {
    // Not a git checkout (a source archive, say): the time still names the build.
  }
  return { commit: process.env.BUILD_COMMIT ?? commit, time: new Date().toISOString() };
}

/** Subresource Integrity value of a built file: sha384, base64. */
function integrityOf(url: string): string {
  return `sha384-${createHash('sha384').update(fs.readFileSync(path.join(OUT, url))).digest('base64')}`;
}

/** `npm run build` has the MDX loader log each real compile; an article compiled twice means a layer missed the shared cache. */
function checkCompiledOnce() {
  const log = path.resolve('.next/content-compiles.log');
  if (!fs.existsSync(log)) return;
  const names = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const twice = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (twice.length > 0) fail(`these articles were compiled more than once in one build: ${twice.join(', ')}`);
  console.log(`postbuild: ${names.length} articles compiled, each once`);
}

/**
 * Each edition's search must find its own pages only: one Pagefind index per
 * <html lang>, holding every record (page part) of that language's pages.
 */
function checkSearchLanguages(recordsByLanguage: Record<string, number>) {
  const entry = JSON.parse(fs.readFileSync(path.join(OUT, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const errors = searchLanguageErrors(entry, recordsByLanguage);
  if (errors.length) fail(`search index: ${errors.join('; ')}`);
}

/**
 * Each edition's "page not found" is a normal page of the site; hosts serve it
 * for a missing address from a fixed file (404.html, es/404.html), which
 * replaces the plain one Next writes.
 */
function writeNotFoundPages() {
  for (const locale of LOCALES) {
    const page = path.join(OUT, staticHref('not-found', locale), 'index.html');
    if (!fs.existsSync(page)) fail(`${staticHref('not-found', locale)} was not built, so there is no ${NOT_FOUND_FILE[locale]}`);
    fs.copyFileSync(page, path.join(OUT, NOT_FOUND_FILE[locale]));
  }
  // With a root layout per edition, Next also writes its own unstyled 404 page (no lang, inline styles); nothing links to it.
  for (const folder of ['404', '_not-found']) fs.rmSync(path.join(OUT, folder), { recursive: true, force: true });
}

async function main() {
  if (!fs.existsSync(OUT)) fail('out/ does not exist: run `next build` first.');
  checkCompiledOnce();
  writeNotFoundPages();
  nameShareImages(htmlFiles(OUT));
  const bundle = await bundleIslands(OUT, { SITE_URL });
  const islandFiles = fs
    .readdirSync(path.join(OUT, ISLAND_DIR))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `${ISLAND_DIR}${name}`);
  const scripts: IslandScripts = {
    entry: bundle.entry,
    files: bundle.files,
    reachable: bundle.reachable,
    integrity: Object.fromEntries(islandFiles.map((url) => [url, integrityOf(url)])),
  };
  const policies: PagePolicy[] = [];
  const referenced = new Set<string>();
  const weights: string[] = [];
  let stripped = 0;
  const built: { file: string; route: string; html: string; islands: IslandName[] }[] = [];

  for (const file of htmlFiles(OUT)) {
    const route = routeOfFile(path.relative(OUT, file));
    try {
      const result = processPage(route, fs.readFileSync(file, 'utf8'), scripts);
      if (result.policy) policies.push(result.policy);
      built.push({ file, route, html: result.html, islands: [...new Set(readPage(result.html).islandRoots)] as IslandName[] });
    } catch (error) {
      fail((error as Error).message);
    }
  }
  const styles = writeStylesheets(built, bundle.sources);

  for (const page of built) {
    fs.writeFileSync(page.file, page.html);
    const tree = readPage(page.html);
    for (const s of tree.scripts) if (s.src) referenced.add(s.src);
    if (page.islands.length) {
      const files = [...new Set(page.islands.flatMap((name) => bundle.files[name]))];
      const w = pageWeight(OUT, page.route, files);
      const kb = (n: number) => (n / 1024).toFixed(1);
      weights.push(`${page.route} ${kb(w.html.gzip + w.css.gzip + w.js.gzip)} KiB (${kb(w.js.gzip)} KiB JS) before any lazy chunk`);
    } else stripped += 1;
  }
  const payloads = removeUnusedPayloads();
  const chunks = removeUnusedChunks(referenced);
  for (const route of Object.keys(INTERACTIVE_ROUTES)) {
    if (!policies.some((p) => p.route === route)) fail(`interactive route ${route} was not built.`);
  }
  fs.mkdirSync(path.join(OUT, '.well-known'), { recursive: true });
  fs.writeFileSync(path.join(OUT, '.well-known', 'security.txt'), securityTxt(new Date()));

  const { index, errors } = await pagefind.createIndex({ excludeSelectors: LEFT_OUT_OF_SEARCH });
  if (!index || errors.length) fail(`pagefind: ${errors.join(', ')}`);
  // One record per part of a page (lib/build/search-records.ts), so a result loads only the part it shows.
  const places = new Map<string, RecordPlace>();
  const pageCount: Record<string, number> = {};
  const recordCount: Record<string, number> = {};
  for (const page of [...built].sort((a, b) => a.route.localeCompare(b.route))) {
    const records = pageRecords(page.html);
    if (!records.length) continue;
    const language = indexedLanguage(page.html) ?? 'unknown';
    const number = (pageCount[language] = (pageCount[language] ?? 0) + 1) - 1;
    recordCount[language] = (recordCount[language] ?? 0) + records.length;
    for (const record of records) {
      const url = record.section ? `${page.route}#${record.section}` : page.route;
      places.set(url, { page: number, part: record.part, parts: records.length });
      const added = await index.addHTMLFile({ url, content: record.html });
      if (added.errors.length) fail(`pagefind: ${page.route}: ${added.errors.join(', ')}`);
    }
  }
  await index.writeFiles({ outputPath: path.join(OUT, 'pagefind') });
  await pagefind.close();
  // Pagefind also writes its ready-made search interfaces; the site has its own, so they are not deployed.
  for (const file of PAGEFIND_UNUSED) fs.rmSync(path.join(OUT, 'pagefind', file), { force: true });
  const chunking = rechunkPagefind(path.join(OUT, 'pagefind'));
  const records = nameRecords(path.join(OUT, 'pagefind'), (url) => places.get(url));
  checkSearchLanguages(recordCount);

  const stamp = buildStamp();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  fs.writeFileSync(path.join(OUT, 'serve.json'), json(serveConfig(policies)));
  const port = Number(process.env.DEPLOY_PORT ?? process.env.NGINX_PORT ?? 8080);
  const root = process.env.DEPLOY_ROOT ?? process.env.NGINX_ROOT ?? OUT;
  const files: Record<string, string> = {
    'netlify/_headers': netlifyHeaders(policies, stamp),
    'cloudflare/_headers': cloudflareHeaders(policies, stamp),
    'vercel.json': json(vercelConfig(policies, stamp)),
    'firebase.json': json(firebaseConfig(policies, stamp)),
    'nginx-site.conf': nginxSite(policies, { root, port }, stamp),
    Caddyfile: caddyfile(policies, { root, port }, stamp),
    'apache-site.conf': apacheVhost(policies, { root, port }, stamp),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(DEPLOY, name)), { recursive: true });
    fs.writeFileSync(path.join(DEPLOY, name), text);
  }
  // Both Netlify and Cloudflare Pages read out/_headers, in different dialects. Cloudflare's
  // build sets CF_PAGES; everywhere else the file is Netlify's.
  fs.writeFileSync(path.join(OUT, '_headers'), process.env.CF_PAGES ? files['cloudflare/_headers'] : files['netlify/_headers']);

  console.log(
    `postbuild: ${stripped} content pages carry no JavaScript; each kind of page has its own stylesheet (${styles}); ${Object.keys(INTERACTIVE_ROUTES).length} interactive pages start their islands from ${bundle.entry} ` +
      `(${weights.join('; ')}); ${payloads} unused navigation payloads and ${chunks} unused Next chunks removed; ` +
      `search index has ${records} records of ${Object.values(pageCount).reduce((a, b) => a + b, 0)} pages in ${chunking.after} word chunks (Pagefind wrote ${chunking.before}); host configs for build ${stamp.commit} written to deploy/generated/.`,
  );
}

main().catch((error) => fail((error as Error).stack ?? String(error)));
