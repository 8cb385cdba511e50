import type { Source } from '@/content/schema/article';
import { getGuides, getProcedures, type Guide, type Procedure } from '@/lib/content';
import { staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';
import { adviceFor, type Advice } from './advice';
import { unionAdvice } from './appointment-data';
import { dayFactsOf } from './day-facts';

/** Every English article with its twin in this language where there is one: a clinic link names a page by its English slug. */
function inLocale<T extends Guide | Procedure>(english: T[], translated: T[]): { slug: string; page: T }[] {
  return english.map((page) => ({ slug: page.slug, page: translated.find((t) => t.twin === page.slug) ?? page }));
}

/** The tests a clinic link can name, in one language, each with its own advice for the appointment page. */
export function appointmentTests(locale: Locale): { slug: string; procedure: Procedure; advice: Advice }[] {
  const english = getProcedures();
  return inLocale(english, locale === 'en' ? english : getProcedures(locale)).map(({ slug, page }) => {
    const day = dayFactsOf(page.meta.glance, locale);
    return { slug, procedure: page, advice: adviceFor(page.meta.safety, day.facts, day.sources, locale) };
  });
}

/** The guides a clinic link can name, in one language. */
export function appointmentGuides(locale: Locale): { slug: string; guide: Guide }[] {
  const english = getGuides();
  return inLocale(english, locale === 'en' ? english : getGuides(locale)).map(({ slug, page }) => ({ slug, guide: page }));
}

/**
 * The advice the appointment page renders: every item any test shows, the
 * general advice's first, so without a link its items show in its own order.
 * Of the sources, only the general advice's: a test's own are fetched.
 */
export function appointmentUnion(locale: Locale): { general: Advice; union: Advice } {
  const general = adviceFor(undefined, [], [], locale);
  const union = unionAdvice([general, ...appointmentTests(locale).map((test) => test.advice)]);
  return { general, union: { ...union, sources: general.sources } };
}

/**
 * The files the appointment page fetches for the test a link names, one of
 * each kind per test, so the page does not carry every test's:
 * - "day": the test's day facts (how long it takes, pain relief, getting
 *   ready), fetched at once;
 * - "sources": its sources, about a dozen of the 70 or so all tests cite,
 *   fetched when the reader opens the Sources list.
 */
export type AppointmentFileKind = 'day' | 'sources';

export const APPOINTMENT_FILE_KINDS: readonly AppointmentFileKind[] = ['day', 'sources'];

export function appointmentFileHref(kind: AppointmentFileKind, slug: string, locale: Locale): string {
  return `${staticHref('appointment', locale)}${kind}/${slug}.json`;
}

/** A "sources" file: the test's sources, as its Sources list shows them. */
export type AppointmentSources = { sources: Pick<Source, 'publisher' | 'title' | 'url' | 'lang'>[] };

/** A "day" file: the texts of the page's day facts, in the order of their labels there ("" for one the test lacks). */
export type AppointmentDay = { facts: string[] };

export function appointmentSourcesOf(advice: Advice): AppointmentSources {
  return { sources: advice.sources.map(({ publisher, title, url, lang }) => ({ publisher, title, url, ...(lang ? { lang } : {}) })) };
}

export function appointmentDayOf(advice: Advice, union: Advice): AppointmentDay {
  const byLabel = new Map(advice.day.map((fact) => [fact.label, fact.text]));
  return { facts: union.day.map((fact) => byLabel.get(fact.label) ?? '') };
}

/** The files a route writes, for every kind and test: { kind: "day", file: "barium-swallow.json" }. */
export function appointmentFiles(locale: Locale): { kind: AppointmentFileKind; file: string }[] {
  return APPOINTMENT_FILE_KINDS.flatMap((kind) => appointmentTests(locale).map(({ slug }) => ({ kind, file: `${slug}.json` })));
}

/** The body of one of those files. */
export function appointmentFile(locale: Locale, kind: string, file: string): AppointmentSources | AppointmentDay {
  const test = appointmentTests(locale).find(({ slug }) => file === `${slug}.json`);
  if (!test || !(APPOINTMENT_FILE_KINDS as readonly string[]).includes(kind)) throw new Error(`no test writes the appointment file "${kind}/${file}"`);
  return kind === 'day' ? appointmentDayOf(test.advice, appointmentUnion(locale).union) : appointmentSourcesOf(test.advice);
}
