import { glossary } from '@/content/data/glossary';
import { MIN_PAGE_EASE, readabilityEs } from '@/lib/readability-es';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { getDose, getDuration } from '@/lib/dose';
import { MAX_GRADE, readability } from '@/lib/readability';
import type { Outline } from '@/content/schema/outline';
import type { ArticleMeta } from '@/content/schema/article';
import type { ProcedureMeta } from '@/content/schema/procedure';
import { siteMapOf } from '@/lib/site-map/build';
import { proseOfOutline } from './compile/analyse';
import { pageSources } from './page-sources';

/**
 * Checks that go beyond one file's metadata: links between pages, glossary
 * words, dose numbers and the fixed section order of procedure pages. Each
 * returns a list of problems (empty when all is well) so tests can show them all.
 */

const PROCEDURE_SECTIONS = [
  'What is it for?',
  'How do I prepare?',
  'What happens during the test?',
  'Will it hurt?',
  'What happens afterwards?',
  'What are the risks?',
  'When will I get my results?',
  'When to get help',
] as const;
/** A treatment page has the same sections, worded for a treatment: there are no results, but the reader wants to know it worked. */
const TREATMENT_SECTIONS = [
  'What is it for?',
  'How do I prepare?',
  'What happens during the procedure?',
  'Will it hurt?',
  'What happens afterwards?',
  'What are the risks?',
  'How will I know if it worked?',
  'When to get help',
] as const;
const PROCEDURE_OPTIONAL_SECTIONS = ['Special notes'] as const;
const PROCEDURE_LAST_SECTION = 'Common questions';

/** The same sections in each edition's words, so a translated test page keeps the English page's shape. */
const SECTIONS: Record<Locale, { test: readonly string[]; treatment: readonly string[]; optional: readonly string[]; last: string }> = {
  en: { test: PROCEDURE_SECTIONS, treatment: TREATMENT_SECTIONS, optional: PROCEDURE_OPTIONAL_SECTIONS, last: PROCEDURE_LAST_SECTION },
  es: {
    test: [
      '¿Para qué sirve?',
      '¿Cómo me preparo?',
      '¿Qué pasa durante la prueba?',
      '¿Me va a doler?',
      '¿Qué pasa después?',
      '¿Cuáles son los riesgos?',
      '¿Cuándo tendré mis resultados?',
      'Cuándo pedir ayuda',
    ],
    treatment: [
      '¿Para qué sirve?',
      '¿Cómo me preparo?',
      '¿Qué pasa durante el procedimiento?',
      '¿Me va a doler?',
      '¿Qué pasa después?',
      '¿Cuáles son los riesgos?',
      '¿Cómo sabré si funcionó?',
      'Cuándo pedir ayuda',
    ],
    optional: ['Notas especiales'],
    last: 'Preguntas frecuentes',
  },
};

/** What the checks need of an article: the compiled front matter and outline (from the manifest or readArticles). */
type Checked<Meta> = { slug: string; file: string; meta: Meta; outline: Outline; twin?: string };
type Guide = Checked<ArticleMeta>;
type Procedure = Checked<ProcedureMeta>;
type Pages = { guides: Guide[]; procedures: Procedure[] };

/** Ids every article page has besides its headings. */
const PAGE_ANCHORS = { guide: ['sources'], procedure: ['sources', 'at-a-glance'] };

/** The English slug of an article: the key every edition's site map shares. */
const keyOf = (entry: { slug: string; twin?: string }) => entry.twin ?? entry.slug;

function anchorsByRoute(pages: Pages, locale: Locale): Map<string, Set<string>> {
  const map = siteMapOf(pages, locale);
  const anchors = new Map<string, Set<string>>();
  for (const entry of map.entries) anchors.set(map.pathOf(entry), new Set());
  for (const g of pages.guides) {
    anchors.set(map.articleHref('guide', keyOf(g)), new Set([...g.outline.headings.map((h) => h.id), ...PAGE_ANCHORS.guide]));
  }
  for (const p of pages.procedures) {
    anchors.set(map.articleHref('procedure', keyOf(p)), new Set([...p.outline.headings.map((h) => h.id), ...PAGE_ANCHORS.procedure]));
  }
  return anchors;
}

export function brokenLinks(pages: Pages, locale: Locale = DEFAULT_LOCALE): string[] {
  const anchors = anchorsByRoute(pages, locale);
  const glossaryIds = new Set(Object.keys(glossary));
  const glossaryPath = siteMapOf(pages, locale).href('glossary');
  const problems: string[] = [];
  for (const entry of [...pages.guides, ...pages.procedures]) {
    for (const link of entry.outline.links) {
      const [pathPart, hash] = link.split('#');
      const path = pathPart || '/';
      if (!anchors.has(path)) {
        problems.push(`${entry.file}: link to ${link} goes to no page (routes end with a slash)`);
      } else if (hash && path === glossaryPath ? !glossaryIds.has(hash) : hash && !anchors.get(path)!.has(hash)) {
        problems.push(`${entry.file}: link to ${link} names a section that does not exist`);
      }
    }
  }
  return problems;
}

export function unknownTerms(pages: Pages): string[] {
  return [...pages.guides, ...pages.procedures].flatMap((entry) =>
    entry.outline.terms
      .filter((id) => !(id in glossary))
      .map((id) => `${entry.file}: <Term id="${id}"> has no glossary entry`),
  );
}

export function unusedGlossaryEntries(pages: Pages): string[] {
  const used = new Set([...pages.guides, ...pages.procedures].flatMap((entry) => entry.outline.terms));
  return Object.keys(glossary)
    .filter((id) => !used.has(id))
    .map((id) => `glossary entry "${id}" is not used by any article`);
}

export function sectionOrderProblems(procedures: Procedure[], locale: Locale = DEFAULT_LOCALE): string[] {
  const problems: string[] = [];
  const sections = SECTIONS[locale];
  for (const p of procedures) {
    const found = p.outline.toc.map((h) => h.text);
    const expected = [
      ...(p.meta.kind === 'treatment' ? sections.treatment : sections.test),
      ...sections.optional.filter((s) => found.includes(s)),
      sections.last,
    ];
    if (found.join(' | ') !== expected.join(' | ')) {
      problems.push(`${p.file}: sections should be "${expected.join(' | ')}" but are "${found.join(' | ')}"`);
    }
  }
  return problems;
}

/** Prose must take numbers from the data files: no hand-written mSv values, and no dose other than the card's. */
export function doseProblems(procedures: Procedure[]): string[] {
  const problems: string[] = [];
  for (const p of procedures) {
    const text = proseOfOutline(p.outline);
    if (/\d\s*(mSv|millisievert)/i.test(text)) {
      problems.push(`${p.file}: write doses with <DoseText id="..."/>, not by hand`);
    }
    const refs = p.outline.refs;
    for (const id of refs.doses) {
      if (!getDose(id)) problems.push(`${p.file}: <DoseText id="${id}"> is not in content/data/doses.ts`);
      else if (id !== p.meta.glance.dose) problems.push(`${p.file}: prose shows dose "${id}" but the card shows "${p.meta.glance.dose}"`);
    }
    for (const id of refs.durations) {
      if (!getDuration(id)) problems.push(`${p.file}: <DurationText id="${id}"> is not in content/data/durations.ts`);
      else if (id !== p.meta.glance.duration) {
        problems.push(`${p.file}: prose shows duration "${id}" but the card shows "${p.meta.glance.duration}"`);
      }
    }
  }
  return problems;
}

export function relatedProblems(procedures: Procedure[]): string[] {
  const slugs = new Set(procedures.map(keyOf));
  return procedures.flatMap((p) =>
    p.meta.related.filter((s) => !slugs.has(s)).map((s) => `${p.file}: related test "${s}" does not exist`),
  );
}

export function readabilityProblems(pages: Pages, locale: Locale = DEFAULT_LOCALE): string[] {
  return [...pages.guides, ...pages.procedures].flatMap((entry) => {
    if (locale === 'es') {
      const score = readabilityEs(proseOfOutline(entry.outline));
      const low = score.fernandezHuerta < MIN_PAGE_EASE ? [`${entry.file}: Fernández-Huerta reading ease ${score.fernandezHuerta} is below ${MIN_PAGE_EASE}`] : [];
      return low.concat(score.longSentences.map((s) => `${entry.file}: sentence over 20 words: "${s}"`));
    }
    const result = readability(proseOfOutline(entry.outline));
    const problems = result.grade > MAX_GRADE ? [`${entry.file}: reading grade ${result.grade} is above ${MAX_GRADE}`] : [];
    return problems.concat(result.longSentences.map((s) => `${entry.file}: sentence over 20 words: "${s}"`));
  });
}

/**
 * Every number on a guide or procedure page links to its source, and every
 * citation names a source the page lists, so a reader can check a figure
 * where they read it.
 */
export function citationProblems(pages: Pages): string[] {
  const entries = [
    ...pages.guides.map((g) => ({ entry: g, doses: [] as string[], durations: [] as string[] })),
    ...pages.procedures.map((p) => ({ entry: p, doses: [p.meta.glance.dose], durations: [p.meta.glance.duration] })),
  ];
  return entries.flatMap(({ entry, doses, durations }) => {
    const { citations } = pageSources({ own: entry.meta.sources, refs: entry.outline.refs, profile: entry.meta.safety, doses, durations });
    const unknown = entry.outline.refs.cites
      .filter((key) => !citations.numberOf(key))
      .map((key) => `${entry.file}: <Cite src="${key}"> is not in the page's sources (add it to the front matter sources)`);
    const uncited = entry.outline.uncited.map(
      (block) => `${entry.file}:${block.line}: a number without a <Cite>: "${block.text}"`,
    );
    return [...unknown, ...uncited];
  });
}

export function allProblems(pages: Pages, { requireGlossaryUse = true } = {}, locale: Locale = DEFAULT_LOCALE): string[] {
  return [
    ...brokenLinks(pages, locale),
    ...unknownTerms(pages),
    ...(requireGlossaryUse ? unusedGlossaryEntries(pages) : []),
    ...sectionOrderProblems(pages.procedures, locale),
    ...doseProblems(pages.procedures),
    ...relatedProblems(pages.procedures),
    ...readabilityProblems(pages, locale),
    ...citationProblems(pages),
  ];
}

/** Every English article that has no translation in a language, by file. */
export function missingTranslations(english: Pages, translated: Pages): string[] {
  const twins = new Set([...translated.guides, ...translated.procedures].map(keyOf));
  return [...english.guides, ...english.procedures].filter((e) => !twins.has(e.slug)).map((e) => `${e.file} has no Spanish translation`);
}
