import { FIELDS } from './fields';
import { builderErrors, countOf, EMPTY_VALUES, instructionsOf, TOO_LONG_TOGETHER, type BuilderValues } from './messages';

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

  it.each(FIELDS.map((f) => [f.name, f.short, f.max] as const))('says how long %s may be', (name, short, max) => {
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
    expect(errors).toEqual({ note: TOO_LONG_TOGETHER });
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
