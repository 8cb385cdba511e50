import type { Locale } from '@/lib/site-map/pages';

/*
 * The words the appointment page's script writes itself, in each language:
 * apart from clinic.ts (which spreads them into the patient strings). They
 * are plain data, with {names} for what the script puts in (lib/i18n/fill.ts),
 * so the page hands its script its own language's words in its data and a
 * patient's phone downloads no other language and no other string.
 */

const en = {
  /** A BCP 47 language tag, for dates. */
  dateLocale: 'en-GB',
  /** A link that cannot be read: wrong version, unknown page, a refused character. */
  unreadable: 'This link could not be read fully. Ask your clinic for your instructions.',
  /** A version 2 link whose check fails: cut short by a mail program, or changed by hand. */
  incomplete: 'This link is incomplete. Ask your clinic for your instructions, or check the letter.',
  instructionsFrom: 'Instructions from {clinic}',
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
  onTheDay: 'On the day',
  onTheDayOf: '{test}: on the day',
  madeBy: 'Made with {site}, {address}',
  printedOn: 'Printed {date}',
  guideReviewed: 'Guide last reviewed {date}',
  testReviewed: 'Test page last reviewed {date}',
  reference: 'Ref: {slug} · link v{version}',
};

export type PatientScriptStrings = { [K in keyof typeof en]: string };

const es: PatientScriptStrings = {
  dateLocale: 'es-US',
  unreadable: 'No pudimos leer todo este enlace. Pida sus instrucciones a su clínica.',
  incomplete: 'Este enlace está incompleto. Pida sus instrucciones a su clínica, o revise la carta.',
  instructionsFrom: 'Instrucciones de {clinic}',
  yourClinic: 'su clínica',
  yourTestLabel: 'Su prueba',
  readThisGuideLabel: 'Lea esta guía',
  yourTestHeading: 'Su prueba: ',
  readThisGuideHeading: 'Lea esta guía: ',
  qrAlt: 'Código QR que abre esta página en un teléfono',
  sourcesLoading: 'Cargando las fuentes…',
  sourcesFailed: 'No se pudieron cargar las fuentes. También aparecen en la página de ',
  print: 'Imprimir esta página',
  onTheDay: 'El día de la prueba',
  onTheDayOf: '{test}: el día de la prueba',
  madeBy: 'Hecho con {site}, {address}',
  printedOn: 'Impreso el {date}',
  guideReviewed: 'Última revisión de la guía: {date}',
  testReviewed: 'Última revisión de la página de la prueba: {date}',
  reference: 'Ref.: {slug} · enlace v{version}',
};

export const patientScriptStrings: Record<Locale, PatientScriptStrings> = { en, es };
