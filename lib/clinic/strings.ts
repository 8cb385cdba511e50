import type { FieldName } from './fields';

/*
 * Every fixed string the patient's appointment page shows from a clinic link:
 * the notices, the labels of the instructions box, the QR caption and the
 * lines that make the printed handout a document a clinic can file. A second
 * language is another object of type ClinicStrings, so it must give every key.
 * (The builder at /for-clinics/ is for staff and keeps its English in place.)
 */
export type ClinicStrings = {
  /** A BCP 47 language tag, for dates. */
  locale: string;
  /** A link that cannot be read: wrong version, unknown page, a refused character. */
  unreadable: string;
  /** A version 2 link whose check fails: cut short by a mail program, or changed by hand. */
  incomplete: string;
  /** Under either notice. */
  generalAdviceStillApplies: string;
  fromYourClinic: string;
  instructionsFrom: (clinic: string) => string;
  /** Said in place of the clinic's name when the link gives none. */
  yourClinic: string;
  yourTestLabel: string;
  readThisGuideLabel: string;
  readAboutItAt: string;
  /** The labels of the clinic's answers, on screen and on paper. */
  fieldLabels: Record<Exclude<FieldName, 'clinic'>, string>;
  yourTestHeading: string;
  readThisGuideHeading: string;
  qrAlt: string;
  qrCaption: string;
  print: string;
  /** Shown when the page is not for one test. */
  generalAdvice: string;
  /** The advice below the clinic's words. */
  onTheDay: (test?: string) => string;
  beforeYourAppointment: string;
  beforeIntro: string;
  whenToGetHelp: string;
  whenIntro: string;
  /** The filing lines at the foot of the handout. */
  madeBy: (site: string, address: string) => string;
  printedOn: (date: string) => string;
  guideReviewed: (date: string) => string;
  testReviewed: (date: string) => string;
  reference: (slug: string, version: string) => string;
};

export const en: ClinicStrings = {
  locale: 'en-GB',
  unreadable: 'This link could not be read fully. Ask your clinic for your instructions.',
  incomplete: 'This link is incomplete. Ask your clinic for your instructions, or check the letter.',
  generalAdviceStillApplies: 'The general advice on this page still applies.',
  fromYourClinic: 'From your clinic: follow these first',
  instructionsFrom: (clinic) => `Instructions from ${clinic}`,
  yourClinic: 'your clinic',
  yourTestLabel: 'Your test',
  readThisGuideLabel: 'Read this guide',
  readAboutItAt: 'Read about it at',
  fieldLabels: {
    phone: 'Phone',
    where: 'Where to go',
    arrive: 'When to arrive',
    fasting: 'Eating and drinking',
    medicines: 'Your medicines',
    note: 'Also',
  },
  yourTestHeading: 'Your test: ',
  readThisGuideHeading: 'Read this guide: ',
  qrAlt: 'QR code that opens this page on a phone',
  qrCaption: 'Scan to open this page, with these instructions, on a phone.',
  print: 'Print this page',
  generalAdvice:
    "This page has general advice for any fluoroscopy (live X-ray) test. Always follow your own clinic's instructions first.",
  onTheDay: (test) => (test ? `${test}: on the day` : 'On the day'),
  beforeYourAppointment: 'Before your appointment',
  beforeIntro: 'These steps apply to your test. If your clinic says something different, do what they say.',
  whenToGetHelp: 'When to get help',
  whenIntro: 'After your test, watch for these signs. Your clinic may give you more advice for your test.',
  madeBy: (site, address) => `Made with ${site}, ${address}`,
  printedOn: (date) => `Printed ${date}`,
  guideReviewed: (date) => `Guide last reviewed ${date}`,
  testReviewed: (date) => `Test page last reviewed ${date}`,
  reference: (slug, version) => `Ref: ${slug} · link v${version}`,
};

/** A date in words in the strings' language, e.g. "1 December 2026": the day it is where the reader is. */
export function formatLocalDate(date: Date, strings: ClinicStrings = en): string {
  return new Intl.DateTimeFormat(strings.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** An ISO date (YYYY-MM-DD) in words, read as UTC so every reader sees the same day. */
export function formatIsoDate(iso: string, strings: ClinicStrings = en): string {
  return new Intl.DateTimeFormat(strings.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
