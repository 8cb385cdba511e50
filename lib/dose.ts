import { BACKGROUND_MSV_PER_YEAR, doses, type DoseEntry } from '@/content/data/doses';
import { durations, type DurationEntry } from '@/content/data/durations';

const DAYS_PER_YEAR = 365;

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** "1.5 mSv" or "3 to 6 mSv". */
export function formatDose(entry: Pick<DoseEntry, 'min' | 'max'>): string {
  return entry.min === entry.max
    ? `${trimNumber(entry.min)} mSv`
    : `${trimNumber(entry.min)} to ${trimNumber(entry.max)} mSv`;
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

function label(amount: number, unit: TimeUnit): string {
  return amount === 1 ? unit.replace(/s$/, '') : unit;
}

/** How long natural background radiation takes to give a dose, in words a reader can picture. */
export function backgroundTime(mSv: number): string {
  const days = toDays(mSv);
  const unit = unitFor(days);
  const amount = amountIn(days, unit);
  return `${trimNumber(amount)} ${label(amount, unit)}`;
}

/** A dose range as time of natural background radiation, both ends in the same unit: "12 to 20 months". */
export function formatBackground(entry: Pick<DoseEntry, 'min' | 'max'>): string {
  if (entry.min === entry.max) return backgroundTime(entry.min);
  const unit = unitFor(toDays(entry.max));
  // A low end far below one of the high end's units ("2 days" is not "1 month") keeps its own unit.
  const rawLow = toDays(entry.min) / { days: 1, months: DAYS_PER_YEAR / 12, years: DAYS_PER_YEAR }[unit];
  if (rawLow < 0.75) return `${backgroundTime(entry.min)} to ${backgroundTime(entry.max)}`;
  const low = amountIn(toDays(entry.min), unit);
  const high = amountIn(toDays(entry.max), unit);
  return low === high ? `${trimNumber(high)} ${label(high, unit)}` : `${trimNumber(low)} to ${trimNumber(high)} ${unit}`;
}

export function getDose(id: string): DoseEntry | undefined {
  return (doses as Record<string, DoseEntry>)[id];
}

export function getDuration(id: string): DurationEntry | undefined {
  return (durations as Record<string, DurationEntry>)[id];
}

/** "15 to 30 minutes", "1 to 3 hours". */
export function formatDuration(entry: DurationEntry): string {
  if (entry.min !== entry.max) return `${entry.min} to ${entry.max} ${entry.unit}`;
  return `about ${entry.min} ${entry.min === 1 ? entry.unit.replace(/s$/, '') : entry.unit}`;
}

