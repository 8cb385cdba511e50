import fs from 'node:fs';
import { outline as aboutOutlineEs } from '@/content/es/site/acerca-de.mdx';
import { contentHash as aboutHash } from '@/content/site/about.mdx';
import { metadata as aboutWordsEs } from '@/content/es/site/acerca-de.mdx';
import { glossary } from '@/content/data/glossary';
import { glossaryEs } from '@/content/data/es/glossary';
import { levelTextEs, rulesEs, signsEs } from '@/content/data/es/safety';
import { rules, signs } from '@/content/data/safety';
import { sharedText } from '@/content/data/shared-text';
import { sharedTextEs } from '@/content/data/es/shared-text';
import { loadContent } from '@/lib/content';
import { allProblems, missingTranslations } from '@/lib/content/checks';
import { proseOfOutline } from '@/lib/content/compile/analyse';
import { readArticles } from '@/lib/content/compile/read';
import { isStale } from '@/lib/content/translate';
import { articleStrings } from '@/lib/i18n/article';
import { layoutStrings } from '@/lib/i18n/layout';
import { pageStrings } from '@/lib/i18n/pages';
import { MIN_MEAN_EASE, MIN_PAGE_EASE, readabilityEs } from '@/lib/readability-es';

/*
 * The Spanish edition: a twin for every English page, in plain Spanish, with
 * every fixed word, sign and glossary entry written in Spanish.
 */

const english = loadContent('en');
const spanish = loadContent('es');
const pages = [...spanish.guides, ...spanish.procedures];

describe('the Spanish edition', () => {
  it('has a Spanish twin of every English guide and test page, and of About', () => {
    expect(missingTranslations(english, spanish)).toEqual([]);
    expect(spanish.guides).toHaveLength(english.guides.length);
    expect(spanish.procedures).toHaveLength(english.procedures.length);
    expect((aboutWordsEs as { translationOf: string }).translationOf).toBe('about');
  });

  it('passes the same content checks as English, in Spanish words (links, sections, terms, doses, citations)', () => {
    expect(allProblems(spanish, { requireGlossaryUse: false }, 'es')).toEqual([]);
  });

  const scores = [...pages.map((p) => [p.file, proseOfOutline(p.outline)] as const), ['content/es/site/acerca-de.mdx', proseOfOutline(aboutOutlineEs)] as const].map(
    ([file, text]) => [file, readabilityEs(text)] as const,
  );

  it.each(scores)(`%s scores ${MIN_PAGE_EASE} or more on Fernández-Huerta, in sentences of 20 words or fewer`, (_, score) => {
    expect(score.fernandezHuerta).toBeGreaterThanOrEqual(MIN_PAGE_EASE);
    expect(score.longSentences).toEqual([]);
    expect(score.words).toBeGreaterThan(300);
  });

  it(`scores ${MIN_MEAN_EASE} or more on average`, () => {
    const mean = scores.reduce((sum, [, s]) => sum + s.fernandezHuerta, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN_EASE);
  });

  it('takes its facts from the English page: dates, dose, duration, warning signs and sources', () => {
    for (const page of spanish.procedures) {
      const twin = english.procedures.find((p) => p.slug === page.twin)!;
      expect(page.meta.lastReviewed).toBe(twin.meta.lastReviewed);
      expect(page.meta.glance.dose).toBe(twin.meta.glance.dose);
      expect(page.meta.glance.duration).toBe(twin.meta.glance.duration);
      expect(page.meta.safety).toEqual(twin.meta.safety);
      expect(page.meta.sources.slice(0, twin.meta.sources.length)).toEqual(twin.meta.sources);
    }
  });
});

describe('translations that fall behind', () => {
  it('are none today: every Spanish page was translated from the current English page', () => {
    expect(pages.filter((p) => p.stale).map((p) => p.file)).toEqual([]);
    expect(isStale(aboutWordsEs as { translatedFrom: string }, aboutHash)).toBe(false);
  });

  it('are found when the English file changes after the translation', () => {
    const root = fs.mkdtempSync('/tmp/stale-');
    for (const dir of ['content/guides', 'content/procedures', 'content/es/guides', 'content/es/procedures']) {
      fs.cpSync(dir, `${root}/${dir}`, { recursive: true });
    }
    fs.appendFileSync(`${root}/content/guides/risks.mdx`, '\nOne more sentence.\n');
    const read = readArticles(root, 'es');
    const stale = [...read.guides, ...read.procedures].filter((p) => p.stale).map((p) => p.twin);
    fs.rmSync(root, { recursive: true, force: true });
    expect(stale).toEqual(['risks']);
  });
});

describe('Spanish words for every fixed thing', () => {
  const sameAsEnglish = (en: object, es: object, allowed: string[] = []): string[] =>
    Object.entries(en).flatMap(([key, value]): string[] => {
      const other = (es as Record<string, unknown>)[key];
      if (typeof value === 'string') return value === other && !allowed.includes(key) ? [key] : [];
      if (value && typeof value === 'object' && !Array.isArray(value)) return sameAsEnglish(value, other as object, allowed).map((k: string) => `${key}.${k}`);
      return [];
    });

  it('has every warning sign, rule and care level in Spanish', () => {
    expect(Object.keys(signsEs).sort()).toEqual(Object.keys(signs).sort());
    expect(Object.keys(rulesEs).sort()).toEqual(Object.keys(rules).sort());
    expect(Object.keys(levelTextEs).sort()).toEqual(['emergency', 'non-urgent', 'urgent']);
    for (const [id, sign] of Object.entries(signsEs)) {
      expect(sign.text, id).not.toBe(signs[id as keyof typeof signs].text);
      expect(Boolean((sign as { action?: string }).action), `${id} action`).toBe(Boolean((signs[id as keyof typeof signs] as { action?: string }).action));
    }
  });

  it('has every glossary entry and shared paragraph in Spanish', () => {
    expect(Object.keys(glossaryEs).sort()).toEqual(Object.keys(glossary).sort());
    for (const [id, paragraphs] of Object.entries(sharedText)) {
      expect((sharedTextEs as Record<string, string[]>)[id], id).toHaveLength(paragraphs.length);
    }
  });

  it('writes every string of the layout, article and fixed pages in Spanish, not copied from English', () => {
    expect(sameAsEnglish(layoutStrings.en, layoutStrings.es)).toEqual([]);
    expect(sameAsEnglish(articleStrings.en, articleStrings.es, ['staleNotice', 'staleLink', 'table'])).toEqual([]);
    expect(sameAsEnglish(pageStrings.en, pageStrings.es)).toEqual([]);
  });
});
