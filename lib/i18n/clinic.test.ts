import { MIN_PAGE_EASE, readabilityEs } from '@/lib/readability-es';
import { clinicPageStrings, patientStrings } from './clinic';
import { builderStrings } from './clinic-builder';

/** Every string of a strings object, functions called with sample values, keyed by its path. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)('X', 3, '1.2', 0.5))]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  return [];
}

// Words that are the same in both languages: a prefix, a product's setting, a language's own name.
const SAME_IN_BOTH = new Set(['count.errorPrefix', 'setSiteUrl', 'languages.es']);

describe('the clinic tools in Spanish', () => {
  it.each([
    ['patient', patientStrings],
    ['builder', builderStrings],
    ['pages', clinicPageStrings],
  ] as const)('translate every %s string (none left in English)', (_, strings) => {
    const english = new Map(texts(strings.en));
    const spanish = texts(strings.es);
    expect(spanish.map(([path]) => path)).toEqual([...english.keys()]);
    const untranslated = spanish.filter(([path, text]) => text === english.get(path) && !SAME_IN_BOTH.has(path) && !/^\W*$/.test(text));
    expect(untranslated.filter(([path]) => path !== 'dateLocale')).toEqual([]);
  });

  it(`reads easily for the patient: Fernández-Huerta ${MIN_PAGE_EASE} or more for the appointment page's words`, () => {
    const words = [...texts(patientStrings.es), ...texts(clinicPageStrings.es.appointment)]
      .map(([, text]) => text)
      .filter((text) => /\s/.test(text) && !text.includes('X'))
      .join(' ');
    expect(readabilityEs(words).fernandezHuerta).toBeGreaterThanOrEqual(MIN_PAGE_EASE);
  });
});
