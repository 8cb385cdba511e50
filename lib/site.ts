/** Settings that describe the site itself. */
export const SITE_NAME = 'Fluoroscopy Guide';

/**
 * The public origin, used for canonical links, the sitemap and structured data.
 * Set SITE_URL when deploying somewhere else; it must not end with a slash.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://fluoroscopy-guide.example.org').replace(/\/+$/, '');

/**
 * Where readers report a mistake, set at build time with SITE_FEEDBACK_EMAIL.
 * The default is a placeholder on the placeholder domain.
 */
export const SITE_FEEDBACK_EMAIL = process.env.SITE_FEEDBACK_EMAIL ?? 'corrections@fluoroscopy-guide.example.org';

export function absoluteUrl(path: string): string {
  return new URL(path, `${SITE_URL}/`).toString();
}

/** Formats an ISO date (YYYY-MM-DD) for readers, e.g. "26 November 2026" or "26 de noviembre de 2026". Fixed to UTC so builds agree. */
export function formatDate(iso: string, locale: 'en' | 'es' = 'en'): string {
  // Day before month in English too: it reads the same on both sides of the Atlantic.
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** When the pages that are not articles (home, glossary, about, clinic tools) were last checked. */
export const SITE_PAGES_REVIEWED = '2026-11-26';
