import { backgroundSources, BACKGROUND_MSV_PER_YEAR, doses } from '@/content/data/doses';
import { durations } from '@/content/data/durations';
import type { Source } from '@/content/schema/article';
import { backgroundTime, formatBackground, formatDose, formatDuration, getDose, getDuration } from '@/lib/dose';

describe('formatDose', () => {
  it('writes one value when the sources agree', () => {
    expect(formatDose({ min: 1.5, max: 1.5 })).toBe('1.5 mSv');
    expect(formatDose({ min: 0.02, max: 0.02 })).toBe('0.02 mSv');
  });

  it('writes a range when they do not', () => {
    expect(formatDose({ min: 3, max: 6 })).toBe('3 to 6 mSv');
  });

  it('rounds to two decimal places at most', () => {
    expect(formatDose({ min: 1 / 3, max: 2 / 3 })).toBe('0.33 to 0.67 mSv');
  });
});

describe('backgroundTime', () => {
  it('uses the US background figure of 3 mSv a year', () => {
    expect(BACKGROUND_MSV_PER_YEAR).toBe(3);
  });

  it('uses days for small doses', () => {
    expect(backgroundTime(0.02)).toBe('2 days');
  });

  it('says "1 day", not "1 days", and never less than a day', () => {
    expect(backgroundTime(0.01)).toBe('1 day');
    expect(backgroundTime(0.0001)).toBe('1 day');
  });

  it('uses months from about two months', () => {
    expect(backgroundTime(1.5)).toBe('6 months');
    // One year of background is still shown in months: years start at about two.
    expect(backgroundTime(3)).toBe('12 months');
  });

  it('uses years as people say them: halves below 2, whole years to 10, then fives', () => {
    expect(backgroundTime(4.5)).toBe('18 months');
    expect(backgroundTime(6)).toBe('2 years');
    expect(backgroundTime(8)).toBe('3 years');
    expect(backgroundTime(15)).toBe('5 years');
    expect(backgroundTime(70)).toBe('25 years');
  });

  it('shows a barium enema (6 to 8 mSv) as 2 to 3 years of background', () => {
    expect(formatBackground({ min: 6, max: 8 })).toBe('2 to 3 years');
  });
});

describe('formatBackground', () => {
  it('matches backgroundTime for a single value', () => {
    expect(formatBackground({ min: 1.5, max: 1.5 })).toBe(backgroundTime(1.5));
    expect(formatBackground({ min: 0.01, max: 0.01 })).toBe('1 day');
  });

  it('writes both ends of a range in one unit', () => {
    expect(formatBackground({ min: 3, max: 5 })).toBe('12 to 20 months');
    expect(formatBackground({ min: 3, max: 6 })).toBe('1 to 2 years');
    // The low end is 2 days: calling it a month would overstate it fifteen times.
    expect(formatBackground({ min: 0.02, max: 1.5 })).toBe('2 days to 6 months');
    expect(formatBackground({ min: 0.1, max: 1.7 })).toBe('12 days to 7 months');
  });

  it('writes one value, with a singular unit where it fits, when both ends round the same', () => {
    expect(formatBackground({ min: 1.5, max: 1.55 })).toBe('6 months');
    expect(formatBackground({ min: 0.01, max: 0.012 })).toBe('1 day');
  });
});

describe('formatDuration', () => {
  it('writes a range', () => {
    expect(formatDuration({ min: 15, max: 30, unit: 'minutes', sources: [] })).toBe('15 to 30 minutes');
    expect(formatDuration({ min: 1, max: 3, unit: 'hours', sources: [] })).toBe('1 to 3 hours');
  });

  it('writes "about" one value when both ends are the same', () => {
    expect(formatDuration({ min: 20, max: 20, unit: 'minutes', sources: [] })).toBe('about 20 minutes');
  });
});

describe('getDose and getDuration', () => {
  it('find entries by id and give undefined for an unknown id', () => {
    expect(getDose('barium-swallow')).toBe(doses['barium-swallow']);
    expect(getDose('not-a-test')).toBeUndefined();
    expect(getDuration('barium-swallow')).toBe(durations['barium-swallow']);
    expect(getDuration('not-a-test')).toBeUndefined();
  });
});

function expectUsableSources(sources: Source[]) {
  expect(sources.length).toBeGreaterThan(0);
  const good = sources.filter((s) => s.url.startsWith('https://') && s.publisher.trim() && s.title.trim());
  expect(good.length).toBeGreaterThan(0);
}

describe('content/data/doses.ts', () => {
  it.each(Object.entries(doses))('%s has a positive range, lowest first', (_, entry) => {
    expect(Number.isFinite(entry.min)).toBe(true);
    expect(Number.isFinite(entry.max)).toBe(true);
    expect(entry.min).toBeGreaterThan(0);
    expect(entry.min).toBeLessThanOrEqual(entry.max);
  });

  it.each(Object.entries(doses))('%s names an https source with a publisher and title', (_, entry) => {
    expectUsableSources(entry.sources);
  });

  it('the background radiation figure has sources too', () => {
    expectUsableSources(backgroundSources);
  });
});

describe('content/data/durations.ts', () => {
  it.each(Object.entries(durations))('%s has a positive range, lowest first', (_, entry) => {
    expect(Number.isFinite(entry.min)).toBe(true);
    expect(Number.isFinite(entry.max)).toBe(true);
    expect(entry.min).toBeGreaterThan(0);
    expect(entry.min).toBeLessThanOrEqual(entry.max);
    expect(['minutes', 'hours']).toContain(entry.unit);
  });

  it.each(Object.entries(durations))('%s names an https source with a publisher and title', (_, entry) => {
    expectUsableSources(entry.sources);
  });
});
