import type { Metadata } from 'next';
import { profileOf } from '@/lib/safety/page';
import { faqPage, medicalProcedure, medicalWebPage } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { alternatesOf, otherEdition, siteMap } from '@/lib/site-map';
import { hrefOf, type PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { getGuide, getGuides, getProcedure, getProcedures, type Guide, type Procedure } from './index';
import { pageSources } from './page-sources';

/*
 * Everything an article route shows besides the body, assembled in one place
 * for guides and procedures alike from the compiled article: its path, trail,
 * numbered sources (with the citations its body prints), structured data and
 * the warning signs its <HelpCards /> shows.
 */

export type ArticleKind = 'guide' | 'procedure';

function entryOf(kind: ArticleKind, slug: string, locale: Locale): Guide | Procedure | undefined {
  return kind === 'guide' ? getGuide(slug, locale) : getProcedure(slug, locale);
}

/** The site map key both editions of an article share. */
const keyOf = (kind: ArticleKind, entry: Guide | Procedure) => `${kind}:${entry.twin ?? entry.slug}`;

export function articleParams(kind: ArticleKind, locale: Locale = DEFAULT_LOCALE): { slug: string }[] {
  return (kind === 'guide' ? getGuides(locale) : getProcedures(locale)).map((entry) => ({ slug: entry.slug }));
}

export function articleMetadata(kind: ArticleKind, slug: string, locale: Locale = DEFAULT_LOCALE): Metadata {
  const entry = entryOf(kind, slug, locale);
  if (!entry) return {};
  const alternates = alternatesOf(keyOf(kind, entry));
  return pageMetadata({
    title: entry.meta.title,
    shortTitle: kind === 'procedure' ? entry.meta.navTitle : undefined,
    description: entry.meta.description,
    path: alternates[locale]!,
    locale,
    alternates,
  });
}

export type ArticleView = ReturnType<typeof articleViewOf>;

function articleViewOf(kind: ArticleKind, entry: Guide | Procedure) {
  const locale = entry.locale;
  const map = siteMap(locale);
  const key = entry.twin ?? entry.slug;
  const self = (kind === 'guide' ? map.guide(key) : map.procedure(key))!;
  const path = hrefOf(self);
  const { meta, outline } = entry;
  const profile = profileOf(meta);
  const procedure = kind === 'procedure' ? (entry as Procedure) : undefined;
  // A procedure's At a glance card shows a dose and a duration outside the body; their sources are numbered too.
  const { sources, citations } = pageSources({
    own: meta.sources,
    refs: outline.refs,
    profile,
    doses: procedure ? [procedure.meta.glance.dose] : [],
    durations: procedure ? [procedure.meta.glance.duration] : [],
    locale,
  });
  const trail: PageLink[] = [
    map.link('home'),
    ...(procedure ? [map.link('procedures')] : []),
    { href: path, label: meta.navTitle ?? meta.title },
  ];
  const guides = getGuides(locale);
  const nextEntry = kind === 'guide' ? guides[guides.findIndex((g) => g.slug === entry.slug) + 1] : undefined;
  const jsonLd: unknown[] = [
    medicalWebPage({
      title: meta.title,
      description: meta.description,
      path,
      lastReviewed: meta.lastReviewed,
      sources,
      locale,
      about: procedure ? { type: 'MedicalProcedure', name: meta.title } : { type: 'MedicalTest', name: 'Fluoroscopy' },
    }),
    ...(procedure
      ? [
          medicalProcedure({
            title: meta.title,
            description: meta.description,
            path,
            group: procedure.meta.group,
            otherNames: [...procedure.meta.otherNames, ...(procedure.englishNames ?? [])],
            glance: procedure.meta.glance,
            steps: outline.steps,
            locale,
          }),
        ]
      : []),
    ...(outline.faqs.length ? [faqPage(outline.faqs, path, locale)] : []),
  ];
  return {
    entry,
    locale,
    path,
    alternate: otherEdition(keyOf(kind, entry), locale),
    trail,
    sources,
    citations,
    jsonLd,
    // Without a profile in front matter, a guide's <HelpCards applies=...> names its own.
    helpCards: profile ? { applies: [...profile.applies], signs: [...(profile.signs ?? [])] } : undefined,
    next: nextEntry ? { href: map.articleHref('guide', nextEntry.twin ?? nextEntry.slug), title: nextEntry.meta.title } : undefined,
    // Related tests are named by their English slugs, which every edition's site map keys on.
    related: (procedure?.meta.related ?? []).flatMap((slug) => {
      const related = getProcedures(locale).find((p) => (p.twin ?? p.slug) === slug);
      return related ? [{ href: map.articleHref('procedure', slug), title: related.meta.title }] : [];
    }),
  };
}

/** The view of one article, or undefined when there is no such article. */
export function articleView(kind: ArticleKind, slug: string, locale: Locale = DEFAULT_LOCALE): ArticleView | undefined {
  const entry = entryOf(kind, slug, locale);
  return entry ? articleViewOf(kind, entry) : undefined;
}
