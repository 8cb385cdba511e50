import { BACKGROUND_MSV_PER_YEAR, doses, type DoseEntry } from '@/content/data/doses';
import { durations, type DurationEntry } from '@/content/data/durations';

const DAYS_PER_YEAR = 365;

type Lang = 'en' | 'es';

/** The words dose and time text needs in each language; numbers are written by Intl in the US form of each. */
const WORDS: Record<Lang, { intl: string; to: string; about: string; units: Record<TimeUnit | 'minutes' | 'hours', [one: string, many: string]> }> = {
  en: {
    intl: 'en-US',
    to: 'to',
    about: 'about',
    units: { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'], minutes: ['minute', 'minutes'], hours: ['hour', 'hours'] },
  },
  es: {
    intl: 'es-US',
    to: 'a',
    about: 'alrededor de',
    units: { days: ['día', 'días'], months: ['mes', 'meses'], years: ['año', 'años'], minutes: ['minuto', 'minutos'], hours: ['hora', 'horas'] },
  },
};

function trimNumber(value: number, lang: Lang = 'en'): string {
  return new Intl.NumberFormat(WORDS[lang].intl, { maximumFractionDigits: 2, useGrouping: true }).format(value);
}

/** "1.5 mSv" or "3 to 6 mSv" ("3 a 6 mSv"). */
export function formatDose(entry: Pick<DoseEntry, 'min' | 'max'>, lang: Lang = 'en'): string {
  return entry.min === entry.max
    ? `${trimNumber(entry.min, lang)} mSv`
    : `${trimNumber(entry.min, lang)} ${WORDS[lang].to} ${trimNumber(entry.max, lang)} mSv`;
}

type TimeUnit = 'days' | 'months' | 'years';

function toDays(mSv: number): number {
  return (mSv / BACKGROUND_MSV_PER_YEAR) * DAYS_PER_YEAR;
}

function unitFor(days: number): TimeUnit {
  if (days < 60) return 'days';
  if (days / (DAYS_PER_YEAR / 12) < 23.5) return 'months';
  return 'years';
}

function amountIn(days: number, unit: TimeUnit): number {
  if (unit === 'days') return Math.max(1, Math.round(days));
  if (unit === 'months') return Math.max(1, Math.round(days / (DAYS_PER_YEAR / 12)));
  // Years are rounded as people would say them: half years up to 2, then whole
  // years, then fives, so a range never claims more precision than the doses have.
  const years = days / DAYS_PER_YEAR;
  if (years < 2) return Math.max(0.5, Math.round(years * 2) / 2);
  if (years < 10) return Math.round(years);
  return Math.round(years / 5) * 5;
}

function label(amount: number, unit: TimeUnit | 'minutes' | 'hours', lang: Lang = 'en'): string {
  const [one, many] = WORDS[lang].units[unit];
  return amount === 1 ? one : many;
}

/** How long natural background radiation takes to give a dose, in words a reader can picture. */
export function backgroundTime(mSv: number, lang: Lang = 'en'): string {
  const days = toDays(mSv);
  const unit = unitFor(days);
  const amount = amountIn(days, unit);
  return `${trimNumber(amount, lang)} ${label(amount, unit, lang)}`;
}

/** A dose range as time of natural background radiation, both ends in the same unit: "12 to 20 months". */
export function formatBackground(entry: Pick<DoseEntry, 'min' | 'max'>, lang: Lang = 'en'): string {
  const to = WORDS[lang].to;
  if (entry.min === entry.max) return backgroundTime(entry.min, lang);
  const unit = unitFor(toDays(entry.max));
  // A low end far below one of the high end's units ("2 days" is not "1 month") keeps its own unit.
  const rawLow = toDays(entry.min) / { days: 1, months: DAYS_PER_YEAR / 12, years: DAYS_PER_YEAR }[unit];
  if (rawLow < 0.75) return `${backgroundTime(entry.min, lang)} ${to} ${backgroundTime(entry.max, lang)}`;
  const low = amountIn(toDays(entry.min), unit);
  const high = amountIn(toDays(entry.max), unit);
  return low === high
    ? `${trimNumber(high, lang)} ${label(high, unit, lang)}`
    : `${trimNumber(low, lang)} ${to} ${trimNumber(high, lang)} ${label(high, unit, lang)}`;
}

export function getDose(id: string): DoseEntry | undefined {
  return (doses as Record<string, DoseEntry>)[id];
}

export function getDuration(id: string): DurationEntry | undefined {
  return (durations as Record<string, DurationEntry>)[id];
}

/** "15 to 30 minutes", "1 to 3 hours" ("15 a 30 minutos"). */
export function formatDuration(entry: DurationEntry, lang: Lang = 'en'): string {
  const words = WORDS[lang];
  if (entry.min !== entry.max) return `${trimNumber(entry.min, lang)} ${words.to} ${trimNumber(entry.max, lang)} ${label(entry.max, entry.unit, lang)}`;
  return `${words.about} ${trimNumber(entry.min, lang)} ${label(entry.min, entry.unit, lang)}`;
}

