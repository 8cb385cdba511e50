import fs from 'node:fs';
import path from 'node:path';
import { readArticles } from '../../lib/content/compile/read';
import { hrefOf, siteMapOf } from '../../lib/site-map/build';

/** The articles and the site map of each edition, from the same compile step as the build (read once for this run). */
export const content = readArticles();
export const site = siteMapOf(content);
export const contentEs = readArticles(undefined, 'es');
export const siteEs = siteMapOf(contentEs, 'es');

/** The paths listed in the built sitemap: every public page. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.resolve('out/sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

type Entry = (typeof site.entries)[number];
const entries = [...site.entries, ...siteEs.entries];
const pathsWhere = (keep: (entry: Entry) => boolean, list: Entry[] = entries) => list.filter(keep).map((e) => hrefOf(e));

/** Pages that are real but deliberately not in the sitemap. */
export const UNLISTED_ROUTES = pathsWhere((e) => !e.indexed);
/** Every page of both editions. */
export const ALL_ROUTES = [...site.paths(), ...siteEs.paths()];
export const INTERACTIVE = pathsWhere((e) => e.interactive);
export const CONTENT_ROUTES = pathsWhere((e) => !e.interactive);
/** The English articles, for tests that read English words; the Spanish ones are below. */
export const GUIDE_ROUTES = pathsWhere((e) => e.kind === 'guide', site.entries);
export const PROCEDURE_ROUTES = pathsWhere((e) => e.kind === 'procedure', site.entries);
export const SPANISH_ROUTES = siteEs.paths();
export const SPANISH_GUIDE_ROUTES = pathsWhere((e) => e.kind === 'guide', siteEs.entries);
export const SPANISH_PROCEDURE_ROUTES = pathsWhere((e) => e.kind === 'procedure', siteEs.entries);
