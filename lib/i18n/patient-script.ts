import type { Locale } from '@/lib/site-map/pages';

/*
 * The words the appointment page's script writes itself, in each language:
 * apart from clinic.ts (which spreads them into the patient strings), so that
 * a patient's phone downloads these and not every string the server uses.
 */

const en = {
  /** A BCP 47 language tag, for dates. */
  dateLocale: 'en-GB',
  /** A link that cannot be read: wrong version, unknown page, a refused character. */
  unreadable: 'This link could not be read fully. Ask your clinic for your instructions.',
  /** A version 2 link whose check fails: cut short by a mail program, or changed by hand. */
  incomplete: 'This link is incomplete. Ask your clinic for your instructions, or check the letter.',
  instructionsFrom: (clinic: string) => `Instructions from ${clinic}`,
  /** Said in place of the clinic's name when the link gives none. */
  yourClinic: 'your clinic',
  yourTestLabel: 'Your test',
  readThisGuideLabel: 'Read this guide',
  yourTestHeading: 'Your test: ',
  readThisGuideHeading: 'Read this guide: ',
  qrAlt: 'QR code that opens this page on a phone',
  sourcesLoading: 'Loading the sources…',
  /** When a test's sources cannot be fetched: the link text goes to the test's own page, which lists them too. */
  sourcesFailed: 'The sources could not be loaded. They are also listed on the page for ',
  print: 'Print this page',
  onTheDay: (test?: string) => (test ? `${test}: on the day` : 'On the day'),
  madeBy: (site: string, address: string) => `Made with ${site}, ${address}`,
  printedOn: (date: string) => `Printed ${date}`,
  guideReviewed: (date: string) => `Guide last reviewed ${date}`,
  testReviewed: (date: string) => `Test page last reviewed ${date}`,
  reference: (slug: string, version: string) => `Ref: ${slug} · link v${version}`,
};

export type PatientScriptStrings = typeof en;

const es: PatientScriptStrings = {
  dateLocale: 'es-US',
  unreadable: 'No pudimos leer todo este enlace. Pida sus instrucciones a su clínica.',
  incomplete: 'Este enlace está incompleto. Pida sus instrucciones a su clínica, o revise la carta.',
  instructionsFrom: (clinic) => `Instrucciones de ${clinic}`,
  yourClinic: 'su clínica',
  yourTestLabel: 'Su prueba',
  readThisGuideLabel: 'Lea esta guía',
  yourTestHeading: 'Su prueba: ',
  readThisGuideHeading: 'Lea esta guía: ',
  qrAlt: 'Código QR que abre esta página en un teléfono',
  sourcesLoading: 'Cargando las fuentes…',
  sourcesFailed: 'No se pudieron cargar las fuentes. También aparecen en la página de ',
  print: 'Imprimir esta página',
  onTheDay: (test) => (test ? `${test}: el día de la prueba` : 'El día de la prueba'),
  madeBy: (site, address) => `Hecho con ${site}, ${address}`,
  printedOn: (date) => `Impreso el ${date}`,
  guideReviewed: (date) => `Última revisión de la guía: ${date}`,
  testReviewed: (date) => `Última revisión de la página de la prueba: ${date}`,
  reference: (slug, version) => `Ref.: ${slug} · enlace v${version}`,
};

export const patientScriptStrings: Record<Locale, PatientScriptStrings> = { en, es };
