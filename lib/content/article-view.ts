import type { Metadata } from 'next';
import { profileOf } from '@/lib/safety/page';
import { faqPage, medicalProcedure, medicalWebPage } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteMap } from '@/lib/site-map';
import { hrefOf, pathOf, type PageLink } from '@/lib/site-map/build';
import { getGuide, getGuides, getProcedure, getProcedures, type Guide, type Procedure } from './index';
import { pageSources } from './page-sources';

/*
 * Everything an article route shows besides the body, assembled in one place
 * for guides and procedures alike from the compiled article: its path, trail,
 * numbered sources (with the citations its body prints), structured data and
 * the warning signs its <HelpCards /> shows.
 */

export type ArticleKind = 'guide' | 'procedure';

function entryOf(kind: ArticleKind, slug: string): Guide | Procedure | undefined {
  return kind === 'guide' ? getGuide(slug) : getProcedure(slug);
}

export function articleParams(kind: ArticleKind): { slug: string }[] {
  return (kind === 'guide' ? getGuides() : getProcedures()).map((entry) => ({ slug: entry.slug }));
}

export function articleMetadata(kind: ArticleKind, slug: string): Metadata {
  const entry = entryOf(kind, slug);
  if (!entry) return {};
  return pageMetadata({
    title: entry.meta.title,
    shortTitle: kind === 'procedure' ? entry.meta.navTitle : undefined,
    description: entry.meta.description,
    path: pathOf(kind, slug),
  });
}

export type ArticleView = ReturnType<typeof articleViewOf>;

function articleViewOf(kind: ArticleKind, entry: Guide | Procedure) {
  const map = siteMap();
  const self = (kind === 'guide' ? map.guide(entry.slug) : map.procedure(entry.slug))!;
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
  });
  const trail: PageLink[] = [
    map.link('home'),
    ...(procedure ? [map.link('procedures')] : []),
    { href: path, label: meta.navTitle ?? meta.title },
  ];
  const guides = getGuides();
  const nextEntry = kind === 'guide' ? guides[guides.findIndex((g) => g.slug === entry.slug) + 1] : undefined;
  const jsonLd: unknown[] = [
    medicalWebPage({
      title: meta.title,
      description: meta.description,
      path,
      lastReviewed: meta.lastReviewed,
      sources,
      about: procedure ? { type: 'MedicalProcedure', name: meta.title } : { type: 'MedicalTest', name: 'Fluoroscopy' },
    }),
    ...(procedure
      ? [
          medicalProcedure({
            title: meta.title,
            description: meta.description,
            path,
            group: procedure.meta.group,
            otherNames: procedure.meta.otherNames,
            glance: procedure.meta.glance,
            steps: outline.steps,
          }),
        ]
      : []),
    ...(outline.faqs.length ? [faqPage(outline.faqs, path)] : []),
  ];
  return {
    entry,
    path,
    trail,
    sources,
    citations,
    jsonLd,
    // Without a profile in front matter, a guide's <HelpCards applies=...> names its own.
    helpCards: profile ? { applies: [...profile.applies], signs: [...(profile.signs ?? [])] } : undefined,
    next: nextEntry ? { href: map.articleHref('guide', nextEntry.slug), title: nextEntry.meta.title } : undefined,
    related: (procedure?.meta.related ?? []).flatMap((slug) => {
      const related = getProcedure(slug);
      return related ? [{ href: map.articleHref('procedure', slug), title: related.meta.title }] : [];
    }),
  };
}

/** The view of one article, or undefined when there is no such article. */
export function articleView(kind: ArticleKind, slug: string): ArticleView | undefined {
  const entry = entryOf(kind, slug);
  return entry ? articleViewOf(kind, entry) : undefined;
}
