import fs from 'node:fs';
import path from 'node:path';
import { getGuides } from '../../lib/content';
import { INTERACTIVE_ROUTES } from '../../lib/security/headers';

/** The paths listed in the built sitemap: every public page. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.resolve('out/sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Pages that are real but deliberately not in the sitemap. */
export const UNLISTED_ROUTES = ['/search/', '/examples/', '/appointment/'];

export const ALL_ROUTES = [...new Set([...sitemapPaths(), ...UNLISTED_ROUTES])];
export const INTERACTIVE = Object.keys(INTERACTIVE_ROUTES);
export const CONTENT_ROUTES = ALL_ROUTES.filter((r) => !INTERACTIVE.includes(r));
export const GUIDE_ROUTES = getGuides().map((guide) => `/${guide.slug}/`);
export const PROCEDURE_ROUTES = sitemapPaths().filter((p) => /^\/procedures\/[^/]+\/$/.test(p));
