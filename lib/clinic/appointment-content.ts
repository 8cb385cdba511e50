import type { Source } from '@/content/schema/article';
import { getGuides, getProcedures, type Guide, type Procedure } from '@/lib/content';
import { staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';
import { adviceFor, type Advice } from './advice';
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
 * Where the appointment page fetches a test's sources from when the reader
 * opens its Sources list: the page would otherwise carry every test's sources
 * (about 70) to show one test's dozen.
 */
export function appointmentSourcesHref(slug: string, locale: Locale): string {
  return `${staticHref('appointment', locale)}sources/${slug}.json`;
}

/** What that file holds: the test's sources, as its Sources list shows them. */
export type AppointmentSources = { sources: Pick<Source, 'publisher' | 'title' | 'url' | 'lang'>[] };

export function appointmentSourcesOf(advice: Advice): AppointmentSources {
  return { sources: advice.sources.map(({ publisher, title, url, lang }) => ({ publisher, title, url, ...(lang ? { lang } : {}) })) };
}

/** The file names a route writes, one per test: "barium-swallow.json". */
export function appointmentSourceFiles(locale: Locale): { file: string }[] {
  return appointmentTests(locale).map(({ slug }) => ({ file: appointmentSourcesHref(slug, locale).split('/').pop()! }));
}

/** The body of one of those files. */
export function appointmentSourcesFile(locale: Locale, file: string): AppointmentSources {
  const test = appointmentTests(locale).find(({ slug }) => appointmentSourcesHref(slug, locale).endsWith(`/${file}`));
  if (!test) throw new Error(`no test writes the appointment sources file "${file}"`);
  return appointmentSourcesOf(test.advice);
}
