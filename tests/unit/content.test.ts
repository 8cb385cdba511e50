import { readFileSync } from 'node:fs';
import { loadContent } from '@/lib/content';
import {
  brokenLinks,
  citationProblems,
  doseProblems,
  readabilityProblems,
  relatedProblems,
  sectionOrderProblems,
  unknownTerms,
  unusedGlossaryEntries,
} from '@/lib/content/checks';
import { proseOfOutline } from '@/lib/content/compile/analyse';
import { analyseSource } from '@/lib/content/compile/read';
import type { Outline } from '@/content/schema/outline';
import { MAX_GRADE, readability } from '@/lib/readability';

const pages = loadContent();
const all = [...pages.guides, ...pages.procedures];

/** The article with another body, outlined by the same compile step as the site's. */
function withBody<T extends { file: string; outline: Outline }>(entry: T, body: string): T {
  return { ...entry, outline: analyseSource(body, entry.file, 'page').outline };
}
/** An article's MDX body as the author wrote it, without its front matter. */
const bodyOf = (entry: { file: string }) => readFileSync(entry.file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('the content as published', () => {
  it('has the six core guides and at least 14 procedures', () => {
    expect(pages.guides.map((g) => g.slug)).toEqual(
      expect.arrayContaining(['what-is-fluoroscopy', 'uses', 'risks', 'preparing', 'procedure', 'after', 'faq']),
    );
    expect(pages.procedures.length).toBeGreaterThanOrEqual(14);
  });

  it.each(all.map((e) => [e.file, e] as const))('%s reads at US grade 8 or lower, in sentences of 20 words or fewer', (_, entry) => {
    const result = readability(proseOfOutline(entry.outline));
    expect(result.grade).toBeLessThanOrEqual(MAX_GRADE);
    expect(result.longSentences).toEqual([]);
    expect(result.words).toBeGreaterThan(300);
  });

  it.each(all.map((e) => [e.file, e] as const))('%s lists its sources and review dates', (_, entry) => {
    expect(entry.meta.sources.length).toBeGreaterThan(0);
    for (const source of entry.meta.sources) expect(source.url).toMatch(/^https:\/\//);
    expect(entry.meta.nextReview > entry.meta.lastReviewed).toBe(true);
  });

  it('links only to pages and sections that exist', () => expect(brokenLinks(pages)).toEqual([]));
  it('uses glossary words that exist, and every glossary word is used', () => {
    expect(unknownTerms(pages)).toEqual([]);
    expect(unusedGlossaryEntries(pages)).toEqual([]);
  });
  it('gives every procedure page the same sections in the same order', () =>
    expect(sectionOrderProblems(pages.procedures)).toEqual([]));
  it('takes every dose and time in the prose from the data, matching the card', () =>
    expect(doseProblems(pages.procedures)).toEqual([]));
  it('names only related tests that exist', () => expect(relatedProblems(pages.procedures)).toEqual([]));
  it('has no readability problems anywhere', () => expect(readabilityProblems(pages)).toEqual([]));
  // It reads every page's body several times; give it room on a busy machine.
  it('cites a source for every number, and cites only sources the page lists', { timeout: 60_000 }, () =>
    expect(citationProblems(pages)).toEqual([]));
});

describe('the checks themselves catch mistakes', () => {
  const procedure = pages.procedures.find((p) => p.meta.glance.dose !== 'depends')!;

  it('a dose in the prose that differs from the card', () => {
    const other = procedure.meta.glance.dose === 'chest-x-ray' ? 'barium-swallow' : 'chest-x-ray';
    const changed = withBody(procedure, `${bodyOf(procedure)}\n\nThe dose is <DoseText id="${other}" />.\n`);
    expect(doseProblems([changed])[0]).toMatch(/prose shows dose/);
  });

  it('a number with no citation, and a citation of a source the page does not list', () => {
    const changed = withBody(
      procedure,
      `${bodyOf(procedure)}\n\nAbout 3 in 100 people feel sick.\n\nMost people go home the same day.<Cite src="notListedHere" />\n`,
    );
    const problems = citationProblems({ guides: [], procedures: [changed] });
    expect(problems.some((p) => /a number without a <Cite>: "About 3 in 100/.test(p))).toBe(true);
    expect(problems.some((p) => p.includes('<Cite src="notListedHere"> is not in the page'))).toBe(true);
  });

  it('a dose written by hand', () => {
    const changed = withBody(procedure, `${bodyOf(procedure)}\n\nThe dose is 4 mSv.\n`);
    expect(doseProblems([changed])[0]).toMatch(/not by hand/);
  });

  it('a broken link and a missing section', () => {
    const guide = withBody(pages.guides[0], '[x](/nowhere/) and [y](/risks/#no-such-section)');
    const problems = brokenLinks({ guides: [guide, ...pages.guides.slice(1)], procedures: pages.procedures });
    expect(problems.filter((p) => p.startsWith(`${guide.file}:`))).toHaveLength(2);
  });

  it('a glossary word that has no entry', () => {
    const guide = withBody(pages.guides[0], 'A <Term id="flux-capacitor">word</Term>.');
    expect(unknownTerms({ guides: [guide], procedures: [] })[0]).toMatch(/flux-capacitor/);
  });

  it('a hard page', () => {
    const guide = withBody(
      pages.guides[0],
      'Interventional fluoroscopic investigations necessitate individualised radiological consideration. '.repeat(20),
    );
    expect(readabilityProblems({ guides: [guide], procedures: [] })[0]).toMatch(/reading grade/);
  });

  it('sections out of order', () => {
    const swapped = withBody(procedure, bodyOf(procedure).replace(/## Will it hurt\?.*/, '## Does it hurt?'));
    expect(sectionOrderProblems([swapped])[0]).toMatch(/sections should be/);
  });

  it('a treatment page that keeps the headings of a test, and a test with the headings of a treatment', () => {
    const test = pages.procedures.find((p) => p.meta.kind === 'test')!;
    const treatment = pages.procedures.find((p) => p.meta.kind === 'treatment')!;
    expect(sectionOrderProblems([{ ...test, meta: { ...test.meta, kind: 'treatment' } }])[0]).toMatch(
      /"What is it for\? \| How do I prepare\? \| What happens during the procedure\?.*How will I know if it worked\?/,
    );
    expect(sectionOrderProblems([{ ...treatment, meta: { ...treatment.meta, kind: 'test' } }])[0]).toMatch(
      /should be "What is it for\? \| How do I prepare\? \| What happens during the test\?/,
    );
  });
});
