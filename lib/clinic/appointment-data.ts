import type { Advice } from './advice';
import type { PatientScriptStrings } from '@/lib/i18n/patient-script';
import type { LinkPage } from './link';

/**
 * What the appointment page's script gets to pick a test's advice: the page
 * already holds every checklist item, warning sign and rule any test shows
 * (those of the general advice showing, the rest hidden), so each test needs
 * only the positions of its own, in its own order. A test's day facts and its
 * sources are fetched apart (AppointmentPageData.day and .sources).
 */
export type AdviceChoice = {
  /** Checklist items, by position in the template's list. */
  c: number[];
  /** Warning signs, by id (data-sign), most urgent card first. */
  s: string[];
  /** Rules, by id (data-rule). */
  r: string[];
};

/** A page a clinic link can name, with only what the patient's page shows about it. */
export type AppointmentPageData = LinkPage & {
  /** Where the test or guide is in the page's language ("/es/procedimientos/trago-de-bario/"). */
  href: string;
  summary?: string;
  lastReviewed?: string;
  /** The test's own advice; absent for guides, which get the general advice. */
  advice?: AdviceChoice;
  /** Where the test's day facts are (lib/clinic/appointment-content.ts). */
  day?: string;
  /** Where the test's own sources are, and how the list's summary counts them. */
  sources?: { href: string; summary: string };
};

export type AppointmentData = {
  pages: AppointmentPageData[];
  /** The general advice, for a link to a guide and for a link that cannot be read. */
  general: AdviceChoice;
  origin: string;
  /** This edition's appointment page ("/es/cita/"), for the link the handout's QR code holds. */
  path: string;
  siteName: string;
  /** The words the script writes, in the page's language only. */
  strings: PatientScriptStrings;
};

function unionBy<T>(lists: T[][], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * Every item any of the advices shows, once, in the order of the first advice
 * that shows it: the advice the page renders. Day facts keep their labels (the same for every test) with empty
 * text, which the script fills in.
 */
export function unionAdvice(advices: Advice[]): Advice {
  const cards = unionBy(
    advices.map((a) => a.cards),
    (card) => card.level,
  ).map((card) => ({
    ...card,
    signs: unionBy(
      advices.flatMap((a) => a.cards.filter((c) => c.level === card.level).map((c) => c.signs)),
      (sign) => sign.id,
    ),
  }));
  const levels = advices.flatMap((a) => a.cards.map((c) => c.level));
  cards.sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level));
  const labels = unionBy(
    advices.map((a) => a.day),
    (fact) => fact.label,
  );
  return {
    day: labels.map((fact) => ({ label: fact.label, text: '' })),
    checklist: unionBy(
      advices.map((a) => a.checklist),
      (item) => item.id,
    ),
    cards,
    rules: unionBy(
      advices.map((a) => a.rules),
      (rule) => rule.id,
    ),
    sources: unionBy(
      advices.map((a) => a.sources),
      (source) => source.url,
    ),
  };
}

/** One test's advice as positions in the union advice. */
export function choiceOf(advice: Advice, union: Advice): AdviceChoice {
  return {
    c: advice.checklist.map((item) => union.checklist.findIndex((u) => u.id === item.id)),
    s: advice.cards.flatMap((card) => card.signs.map((sign) => sign.id)),
    r: advice.rules.map((rule) => rule.id),
  };
}
