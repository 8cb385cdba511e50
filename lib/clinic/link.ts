import type { ClinicInstructions } from './fields';
import { staticHref } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { encodeFragment } from './fragment';

/** The page a patient link opens: one of the tests, or a general guide, named by its English slug in every language. */
export type LinkPage = { slug: string; title: string; kind: 'procedure' | 'guide' };

/*
 * The patient's language is the link's path: /appointment/ in English,
 * /es/cita/ in Spanish. The part after "#" is the same in both, so every link
 * already on paper (all English, all /appointment/) opens as it always did,
 * and a fragment can move between the two pages unchanged.
 */

/** The full link for a letter: the site's origin, the appointment page in the patient's language, and the instructions after "#". */
export function appointmentLink(origin: string, data: ClinicInstructions, locale: Locale = DEFAULT_LOCALE): string {
  return `${origin}${appointmentPath(data, locale)}`;
}

/** The same link relative to the site, for opening it from the builder wherever the site is served. */
export function appointmentPath(data: ClinicInstructions, locale: Locale = DEFAULT_LOCALE): string {
  return `${staticHref('appointment', locale)}#${encodeFragment(data)}`;
}

/** "fluoroscopy-guide.example.org/procedures/barium-swallow/": short enough to type from paper. */
export function shortUrl(origin: string, path: string): string {
  return `${origin.replace(/^https?:\/\//, '')}${path}`;
}

/**
 * A tel: link from what the clinic typed. Only digits and + are kept, so
 * nothing but a number can reach the href. Undefined when no digit is left.
 */
export function telHref(phone: string): string | undefined {
  const number = phone.replace(/[^0-9+]/g, '');
  return /[0-9]/.test(number) ? `tel:${number}` : undefined;
}

/**
 * Domains kept for examples (RFC 2606 and RFC 6761): the default SITE_URL is
 * one of them, so a link made by a build without SITE_URL set goes nowhere.
 */
const PLACEHOLDER_DOMAINS = ['example.org', 'example.com', 'example.net'];
const PLACEHOLDER_TLDS = ['example', 'test', 'invalid'];

/** True when links made for this origin would point to a placeholder domain rather than a real site. */
export function isPlaceholderOrigin(origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return true;
  }
  return (
    PLACEHOLDER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`)) ||
    PLACEHOLDER_TLDS.includes(host.split('.').pop()!)
  );
}
