import type { ClinicInstructions } from './fields';
import { staticHref } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { encodeFragment } from './fragment';

/*
 * Apart from link.ts so that the patient's page, which gets its own path with
 * its data, downloads no site map.
 *
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
