// @vitest-environment node
import fs from 'node:fs';
import { loadContent } from '@/lib/content';
import { MANIFEST_FILE, manifestSource } from '@/lib/content/manifest-source';
import { INTERACTIVE_ROUTES } from '@/lib/security/headers';
import { alternatesOf, siteMap } from '@/lib/site-map';
import { footerLinks, hrefOf, pathOf, siteMapOf, staticHref } from '@/lib/site-map/build';
import { RESERVED_SLUGS, STATIC_PAGES } from '@/lib/site-map/pages';

const content = loadContent();
const map = siteMap();
const summary = (slug: string, order = 1) => ({ slug, meta: { title: `Title of ${slug}`, lastReviewed: '2026-01-01', order } });

describe('the site map', () => {
  it('builds each kind of path in one way', () => {
    expect(pathOf('guide', 'risks')).toBe('/risks/');
    expect(pathOf('procedure', 'myelogram')).toBe('/procedures/myelogram/');
    expect(pathOf('index', '')).toBe('/');
    expect(hrefOf({ kind: 'procedure', slug: 'myelogram', locale: 'en' }, 'will-it-hurt')).toBe('/procedures/myelogram/#will-it-hurt');
    expect(staticHref('for-clinics')).toBe('/for-clinics/');
  });

  it('has every published article once, with a unique path', () => {
    const paths = map.paths();
    expect(new Set(paths).size).toBe(paths.length);
    for (const g of content.guides) expect(map.guide(g.slug)?.kind).toBe('guide');
    for (const p of content.procedures) expect(map.procedure(p.slug)?.kind).toBe('procedure');
    expect(map.entries).toHaveLength(content.guides.length + content.procedures.length + STATIC_PAGES.filter((p) => (p.locales ?? ['en']).includes('en')).length);
  });

  it('refuses to make a link to an article that does not exist', () => {
    expect(() => map.articleHref('guide', 'no-such-guide')).toThrow(/no guide "no-such-guide"/);
  });

  it('keeps the navigation to one row: find your test, the appointment guides in the order they are needed, then all guides', () => {
    expect(map.nav().map((l) => l.href)).toEqual(['/procedures/', '/preparing/', '/procedure/', '/after/', '/risks/', '/#all-guides']);
    const preparing = content.guides.find((g) => g.slug === 'preparing')!;
    expect(map.nav()[0].label).toBe('Find your test');
    expect(map.nav()[1].label).toBe(preparing.meta.navTitle ?? preparing.meta.title);
  });

  it('gives the footer its own names for the help pages', () => {
    expect(footerLinks()).toEqual([
      { href: '/about/', label: 'About this guide' },
      { href: '/procedures/', label: 'All tests' },
      { href: '/glossary/', label: 'Glossary' },
      { href: '/for-clinics/', label: 'For clinics' },
    ]);
  });

  it('leaves out home page links to guides not written yet, but always keeps the test list', () => {
    const partial = siteMapOf({ guides: [summary('preparing'), summary('uses')], procedures: [] });
    expect(partial.homePaths()).toEqual({
      appointment: [
        { href: '/procedures/', label: 'Find your test' },
        { href: '/preparing/', label: 'How to prepare' },
      ],
      understand: [{ href: '/uses/', label: 'What it is used for' }],
    });
    expect(partial.beforeTheDay()).toEqual([{ href: '/preparing/', label: 'Title of preparing' }]);
  });

  it('marks as interactive exactly the pages that get the interactive security policy, in both editions', () => {
    const interactive = [...map.entries, ...siteMap('es').entries].filter((e) => e.interactive).map((e) => hrefOf(e));
    expect(interactive.sort()).toEqual(Object.keys(INTERACTIVE_ROUTES).sort());
  });

  it('keeps personal, test and error pages out of the sitemap', () => {
    const unlisted = map.entries.filter((e) => !e.indexed).map((e) => hrefOf(e));
    expect(unlisted.sort()).toEqual(['/appointment/', '/examples/', '/page-not-found/', '/search/']);
    const unlistedEs = siteMap('es').entries.filter((e) => !e.indexed).map((e) => hrefOf(e));
    expect(unlistedEs.sort()).toEqual(['/es/buscar/', '/es/cita/', '/es/pagina-no-encontrada/']);
  });

  it('puts the Spanish edition under /es/ with Spanish paths, and pairs each page with its twin', () => {
    const es = siteMap('es');
    expect(es.href('procedures')).toBe('/es/procedimientos/');
    expect(es.articleHref('procedure', 'barium-swallow')).toBe('/es/procedimientos/trago-de-bario/');
    expect(es.articleHref('guide', 'risks', 'la-fluoroscopia-puede-danar-mi-piel')).toBe('/es/riesgos/#la-fluoroscopia-puede-danar-mi-piel');
    expect(alternatesOf('guide:risks')).toEqual({ en: '/risks/', es: '/es/riesgos/' });
    expect(alternatesOf('examples')).toEqual({ en: '/examples/' });
    const english = new Set(map.entries.map((e) => e.key));
    expect(es.entries.map((e) => e.key).filter((key) => !english.has(key))).toEqual([]);
  });

  it('reserves every fixed page segment, so no article can hide a page', () => {
    for (const segment of STATIC_PAGES.flatMap((p) => Object.values(p.segment)).filter(Boolean)) expect(RESERVED_SLUGS.has(segment)).toBe(true);
  });

  it('reads the articles from a manifest that matches the files in content/', () => {
    expect(fs.readFileSync(MANIFEST_FILE, 'utf8'), 'run npm run content:manifest').toBe(manifestSource(process.cwd()));
  });
});
