import { glossary } from '@/content/data/glossary';
import { getDose, getDuration } from '@/lib/dose';
import { MAX_GRADE, readability } from '@/lib/readability';
import { citedKeysOf, uncitedNumbersOf } from './citations';
import type { Guide, Procedure } from './index';
import { pageSources } from './page-sources';
import { dataRefsOf, headingIdsOf, headingsOf, internalLinksOf, plainTextOf, termsOf } from './outline';

/**
 * Checks that go beyond one file's metadata: links between pages, glossary
 * words, dose numbers and the fixed section order of procedure pages. Each
 * returns a list of problems (empty when all is well) so tests can show them all.
 */

export const PROCEDURE_SECTIONS = [
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
export const TREATMENT_SECTIONS = [
  'What is it for?',
  'How do I prepare?',
  'What happens during the procedure?',
  'Will it hurt?',
  'What happens afterwards?',
  'What are the risks?',
  'How will I know if it worked?',
  'When to get help',
] as const;
export const PROCEDURE_OPTIONAL_SECTIONS = ['Special notes'] as const;
export const PROCEDURE_LAST_SECTION = 'Common questions';

export const STATIC_ROUTES = ['/', '/about/', '/procedures/', '/glossary/', '/search/', '/for-clinics/', '/appointment/'];

type Pages = { guides: Guide[]; procedures: Procedure[] };

export function routeOf(entry: Guide | Procedure, kind: 'guide' | 'procedure'): string {
  return kind === 'guide' ? `/${entry.slug}/` : `/procedures/${entry.slug}/`;
}

function anchorsByRoute({ guides, procedures }: Pages): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const route of STATIC_ROUTES) map.set(route, new Set());
  for (const g of guides) map.set(routeOf(g, 'guide'), new Set([...headingIdsOf(g.body), 'sources']));
  for (const p of procedures) map.set(routeOf(p, 'procedure'), new Set([...headingIdsOf(p.body), 'sources', 'at-a-glance']));
  return map;
}

export function brokenLinks(pages: Pages): string[] {
  const anchors = anchorsByRoute(pages);
  const glossaryIds = new Set(Object.keys(glossary));
  const problems: string[] = [];
  for (const entry of [...pages.guides, ...pages.procedures]) {
    for (const link of internalLinksOf(entry.body)) {
      const [pathPart, hash] = link.split('#');
      const path = pathPart || '/';
      if (!anchors.has(path)) {
        problems.push(`${entry.file}: link to ${link} goes to no page (routes end with a slash)`);
      } else if (hash && path === '/glossary/' ? !glossaryIds.has(hash) : hash && !anchors.get(path)!.has(hash)) {
        problems.push(`${entry.file}: link to ${link} names a section that does not exist`);
      }
    }
  }
  return problems;
}

export function unknownTerms(pages: Pages): string[] {
  return [...pages.guides, ...pages.procedures].flatMap((entry) =>
    termsOf(entry.body)
      .filter((id) => !(id in glossary))
      .map((id) => `${entry.file}: <Term id="${id}"> has no glossary entry`),
  );
}

export function unusedGlossaryEntries(pages: Pages): string[] {
  const used = new Set([...pages.guides, ...pages.procedures].flatMap((entry) => termsOf(entry.body)));
  return Object.keys(glossary)
    .filter((id) => !used.has(id))
    .map((id) => `glossary entry "${id}" is not used by any article`);
}

export function sectionOrderProblems(procedures: Procedure[]): string[] {
  const problems: string[] = [];
  for (const p of procedures) {
    const found = headingsOf(p.body).map((h) => h.text);
    const expected = [
      ...(p.meta.kind === 'treatment' ? TREATMENT_SECTIONS : PROCEDURE_SECTIONS),
      ...PROCEDURE_OPTIONAL_SECTIONS.filter((s) => found.includes(s)),
      PROCEDURE_LAST_SECTION,
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
    const text = plainTextOf(p.body);
    if (/\d\s*(mSv|millisievert)/i.test(text)) {
      problems.push(`${p.file}: write doses with <DoseText id="..."/>, not by hand`);
    }
    const refs = dataRefsOf(p.body);
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
  const slugs = new Set(procedures.map((p) => p.slug));
  return procedures.flatMap((p) =>
    p.meta.related.filter((s) => !slugs.has(s)).map((s) => `${p.file}: related test "${s}" does not exist`),
  );
}

export function readabilityProblems(pages: Pages): string[] {
  return [...pages.guides, ...pages.procedures].flatMap((entry) => {
    const result = readability(plainTextOf(entry.body));
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
    const { citations } = pageSources({ own: entry.meta.sources, body: entry.body, profile: entry.meta.safety, doses, durations });
    const unknown = citedKeysOf(entry.body)
      .filter((key) => !citations.numberOf(key))
      .map((key) => `${entry.file}: <Cite src="${key}"> is not in the page's sources (add it to the front matter sources)`);
    const uncited = uncitedNumbersOf(entry.body).map(
      (block) => `${entry.file}:${block.line}: a number without a <Cite>: "${block.text}"`,
    );
    return [...unknown, ...uncited];
  });
}

export function allProblems(pages: Pages, { requireGlossaryUse = true } = {}): string[] {
  return [
    ...brokenLinks(pages),
    ...unknownTerms(pages),
    ...(requireGlossaryUse ? unusedGlossaryEntries(pages) : []),
    ...sectionOrderProblems(pages.procedures),
    ...doseProblems(pages.procedures),
    ...relatedProblems(pages.procedures),
    ...readabilityProblems(pages),
    ...citationProblems(pages),
  ];
}
