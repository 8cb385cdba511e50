import { builderStrings } from '@/lib/i18n/clinic-builder';
import { FIELDS } from './fields';
import { builderErrors, countOf, EMPTY_VALUES, instructionsOf, type BuilderValues } from './messages';

const en = builderStrings.en;
const es = builderStrings.es;

const PAGES = ['barium-swallow', 'preparing'];
const values = (changes: Partial<BuilderValues>): BuilderValues => ({ ...EMPTY_VALUES, page: 'barium-swallow', ...changes });

describe('builderErrors', () => {
  it('asks for a page first', () => {
    expect(builderErrors(EMPTY_VALUES, PAGES)).toEqual({ page: 'Choose the test or guide the link is for' });
  });

  it('finds nothing wrong with a page and no instructions', () => {
    expect(builderErrors(values({}), PAGES)).toEqual({});
  });

  it('refuses a page that is not in the list', () => {
    expect(builderErrors(values({ page: 'knee' }), PAGES)).toEqual({ page: 'Choose a test or guide from the list' });
  });

  it.each(FIELDS.map((f) => [f.name, en.fields[f.name].short, f.max] as const))('says how long %s may be', (name, short, max) => {
    const text = (name === 'phone' ? '1' : 'a').repeat(max + 1);
    expect(builderErrors(values({ [name]: text }), PAGES)).toEqual({ [name]: `${short} must be ${max} characters or fewer` });
    expect(builderErrors(values({ [name]: text.slice(1) }), PAGES)).toEqual({});
  });

  it('explains what a phone number may contain', () => {
    expect(builderErrors(values({ phone: 'ring 0123' }), PAGES)).toEqual({
      phone: 'Phone number can only contain digits, spaces, brackets, + and -',
    });
    expect(builderErrors(values({ phone: '+()' }), PAGES)).toEqual({ phone: 'Phone number must contain a number' });
  });

  it('refuses direction marks and control characters that survive tidying', () => {
    expect(builderErrors(values({ clinic: 'a\u202Eb' }), PAGES)).toEqual({
      clinic: 'Clinic name contains characters that cannot be used',
    });
  });

  it('asks for shorter answers when they are within their limits but too long together for a QR code', () => {
    const errors = builderErrors(values({ where: '病'.repeat(120), note: '院'.repeat(200), medicines: 'a'.repeat(200) }), PAGES);
    expect(errors).toEqual({ note: en.errors.tooLongTogether });
  });
});

describe('builderErrors in Spanish', () => {
  it('asks for a page and names each problem in Spanish', () => {
    expect(builderErrors(EMPTY_VALUES, PAGES, es)).toEqual({ page: 'Elija la prueba o la guía del enlace' });
    expect(builderErrors(values({ clinic: 'a'.repeat(61) }), PAGES, es)).toEqual({
      clinic: 'El nombre de la clínica debe tener 60 caracteres o menos',
    });
    expect(builderErrors(values({ phone: 'ring 0123' }), PAGES, es)).toEqual({
      phone: 'El número de teléfono solo puede tener números, espacios, paréntesis, + y -',
    });
    expect(builderErrors(values({ phone: '+()' }), PAGES, es)).toEqual({ phone: 'El número de teléfono debe tener un número' });
    expect(builderErrors(values({ clinic: 'a\u202Eb' }), PAGES, es)).toEqual({
      clinic: 'El nombre de la clínica tiene caracteres que no se pueden usar',
    });
  });

  it('has no English left in any message it can give', () => {
    const all = [
      ...Object.values(builderErrors(EMPTY_VALUES, PAGES, es)),
      ...FIELDS.flatMap((f) => Object.values(builderErrors(values({ [f.name]: (f.name === 'phone' ? '1' : 'a').repeat(f.max + 1) }), PAGES, es))),
    ];
    for (const message of all) expect(message).not.toMatch(/\b(must|characters|the link|Choose)\b/);
  });
});

describe('instructionsOf and countOf', () => {
  it('tidy answers and leave out empty ones', () => {
    expect(instructionsOf(values({ clinic: '  Riverside\n  X-ray ', note: '   ' }))).toEqual({
      page: 'barium-swallow',
      clinic: 'Riverside X-ray',
    });
  });

  it('count what the link will carry', () => {
    expect(countOf('  two\n\nlines  ')).toBe(9);
  });
});
