/** A date in words in a language, e.g. "1 December 2026" or "1 de diciembre de 2026": the day it is where the reader is. */
export function formatLocalDate(date: Date, dateLocale: string): string {
  return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** An ISO date (YYYY-MM-DD) in words, read as UTC so every reader sees the same day. */
export function formatIsoDate(iso: string, dateLocale: string): string {
  return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
