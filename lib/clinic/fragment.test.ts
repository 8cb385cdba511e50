import { FIELDS, type ClinicInstructions } from './fields';
import { checkInstructions, decodeFragment, encodeFragment, MAX_FRAGMENT_LENGTH } from './fragment';

const PAGES = ['barium-swallow', 'upper-gi-series', 'preparing'];

const full: ClinicInstructions = {
  page: 'barium-swallow',
  clinic: 'Riverside Hospital X-ray',
  phone: '+44 (0)20 7946-0000',
  where: 'Main building, level 2: follow signs to X-ray reception.',
  arrive: 'Arrive 30 minutes early.',
  fasting: 'Nothing to eat after 7 am. Water is fine until 9 am!',
  medicines: "Keep taking your usual medicines; stop iron tablets 7 days before (ask us if you're unsure).",
  note: 'Bring your glasses & a list of medicines. 100% free parking @ gate B?',
};

function roundTrip(data: ClinicInstructions) {
  return decodeFragment(`#${encodeFragment(data)}`, PAGES);
}

describe('encodeFragment and decodeFragment', () => {
  it('round-trip every field', () => {
    expect(roundTrip(full)).toEqual({ ok: true, data: full });
  });

  it.each(FIELDS.map((f) => f.name))('round-trip the %s field on its own', (name) => {
    const data = { page: 'upper-gi-series', [name]: name === 'phone' ? '0123 456' : `Some text for ${name}` };
    expect(roundTrip(data)).toEqual({ ok: true, data });
  });

  it('round-trip a page with no instructions at all', () => {
    expect(encodeFragment({ page: 'preparing' })).toBe('v=1&p=preparing');
    expect(roundTrip({ page: 'preparing' })).toEqual({ ok: true, data: { page: 'preparing' } });
  });

  it('write the version first, then the page, then the fields in a fixed order', () => {
    const fragment = encodeFragment({ note: 'n', clinic: 'c', page: 'barium-swallow', phone: '1' });
    expect(fragment).toBe('v=1&p=barium-swallow&c=c&t=1&n=n');
  });

  it('leave out empty answers and tidy spaces and line breaks', () => {
    const fragment = encodeFragment({ page: 'preparing', clinic: '  ', note: ' Line one\nline  two ' });
    expect(fragment).toBe('v=1&p=preparing&n=Line+one+line+two');
  });

  it('keep commas, colons and slashes as they are, so links stay short', () => {
    expect(encodeFragment({ page: 'preparing', where: 'Level 2, room 3/4: X-ray' })).toBe(
      'v=1&p=preparing&w=Level+2,+room+3/4:+X-ray',
    );
  });

  it('escape the characters that would change the meaning of the link', () => {
    const fragment = encodeFragment({ page: 'preparing', note: 'a&b=c+d%e#f' });
    expect(fragment).toBe('v=1&p=preparing&n=a%26b%3Dc%2Bd%25e%23f');
  });

  it('never end a link with punctuation that mail programs drop from links', () => {
    const fragment = encodeFragment({ page: 'preparing', note: 'Call us (any time).' });
    expect(fragment.endsWith('%2E')).toBe(true);
    expect(roundTrip({ page: 'preparing', note: 'Call us (any time).' })).toMatchObject({ ok: true });
    expect(encodeFragment({ page: 'preparing', note: 'Open 9 to 5 (Mon)' }).endsWith('%29')).toBe(true);
  });

  it('read a fragment with or without the "#"', () => {
    expect(decodeFragment('v=1&p=preparing', PAGES)).toEqual({ ok: true, data: { page: 'preparing' } });
    expect(decodeFragment('#v=1&p=preparing', PAGES)).toEqual({ ok: true, data: { page: 'preparing' } });
  });

  it('read spaces that a browser or mail program wrote as %20', () => {
    expect(decodeFragment('#v=1&p=preparing&c=St%20Mary%27s', PAGES)).toEqual({
      ok: true,
      data: { page: 'preparing', clinic: "St Mary's" },
    });
  });

  it('round-trip text in other alphabets and emoji', () => {
    const data = { page: 'preparing', clinic: 'Clínica São José', note: 'Ärztin: Dr Øberg. 病院 ✓ 👍' };
    expect(roundTrip(data)).toEqual({ ok: true, data });
  });
});

describe('a version 1 link printed on a letter', () => {
  // Written once by the v1 encoder and frozen here. If this test fails, links
  // already on paper would stop working: add a new version instead.
  const printed =
    'https://fluoroscopy-guide.example.org/appointment/#v=1&p=barium-swallow&c=Riverside+Hospital&t=020+7946+0000' +
    '&w=Level+2,+X-ray+reception&a=Arrive+30+minutes+early&f=Nothing+to+eat+after+7+am&m=Keep+taking+your+usual+medicines' +
    '&n=Bring+a+list+of+your+medicines%2E';

  it('still decodes to the same instructions', () => {
    expect(decodeFragment(new URL(printed).hash, PAGES)).toEqual({
      ok: true,
      data: {
        page: 'barium-swallow',
        clinic: 'Riverside Hospital',
        phone: '020 7946 0000',
        where: 'Level 2, X-ray reception',
        arrive: 'Arrive 30 minutes early',
        fasting: 'Nothing to eat after 7 am',
        medicines: 'Keep taking your usual medicines',
        note: 'Bring a list of your medicines.',
      },
    });
  });

  it('is what the encoder still writes for the same answers', () => {
    const decoded = decodeFragment(new URL(printed).hash, PAGES);
    expect(decoded.ok && `#${encodeFragment(decoded.data)}`).toBe(new URL(printed).hash);
  });
});

describe('decodeFragment with bad input', () => {
  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['#main', 'malformed'],
    ['#v=1&p=preparing&', 'malformed'],
    ['#=1', 'malformed'],
    ['#p=preparing', 'malformed'],
    ['#v=1&v=1&p=preparing', 'malformed'],
    ['#v=1&p=preparing&c=a&c=b', 'malformed'],
    ['#v=1&p=preparing&C=x', 'malformed'],
    ['#v=1&p=preparing&__proto__=x', 'malformed'],
    ['#v=1&p=preparing&c=%E0%A4', 'malformed'],
    ['#v=1&p=preparing&c=%zz', 'malformed'],
    ['#v=1&p=preparing&c=100%', 'malformed'],
    ['#eyJwIjoiYmFyaXVtLXN3YWxsb3cifQ', 'malformed'],
    ['#v=2&p=preparing', 'unknown-version'],
    ['#v=0&p=preparing', 'unknown-version'],
    ['#v=constructor&p=preparing', 'unknown-version'],
    ['#v=toString&p=preparing', 'unknown-version'],
    ['#v=1', 'unknown-page'],
    ['#v=1&p=knee-replacement', 'unknown-page'],
    ['#v=1&p=Barium-Swallow', 'unknown-page'],
    ['#v=1&p=../../etc', 'unknown-page'],
    ['#v=1&p=', 'unknown-page'],
    ['#v=1&p=preparing&z=1', 'invalid-field'],
    ['#v=1&p=preparing&c=', 'invalid-field'],
    ['#v=1&p=preparing&t=call+us', 'invalid-field'],
    ['#v=1&p=preparing&t=(+)', 'invalid-field'],
    ['#v=1&p=preparing&t=javascript:alert(1)', 'invalid-field'],
    ['#v=1&p=preparing&c=Line%0Abreak', 'invalid-field'],
    ['#v=1&p=preparing&c=Null%00byte', 'invalid-field'],
    ['#v=1&p=preparing&t=%E2%80%AE0000+123', 'invalid-field'],
    ['#v=1&p=preparing&c=evil%E2%80%AEgnp.exe', 'invalid-field'],
  ])('reject %j as %s', (fragment, reason) => {
    expect(decodeFragment(fragment, PAGES)).toEqual({ ok: false, reason });
  });

  it('treat a page that exists elsewhere but not in the list given as unknown', () => {
    expect(decodeFragment('#v=1&p=barium-swallow', ['preparing'])).toEqual({ ok: false, reason: 'unknown-page' });
  });

  it('say which limit was broken: a field over its length', () => {
    for (const field of FIELDS) {
      const value = field.name === 'phone' ? '1'.repeat(field.max + 1) : 'a'.repeat(field.max + 1);
      expect(decodeFragment(`#v=1&p=preparing&${field.key}=${value}`, PAGES)).toEqual({ ok: false, reason: 'too-long' });
    }
  });

  it('accept every field at exactly its limit', () => {
    const data: ClinicInstructions = { page: 'preparing' };
    for (const field of FIELDS) data[field.name] = (field.name === 'phone' ? '1' : 'a').repeat(field.max);
    expect(roundTrip(data)).toEqual({ ok: true, data });
  });

  it('reject a whole fragment over the limit before reading it', () => {
    expect(decodeFragment(`#v=1&p=preparing&n=${'a'.repeat(MAX_FRAGMENT_LENGTH)}`, PAGES)).toEqual({
      ok: false,
      reason: 'too-long',
    });
    expect(decodeFragment(`#${'&'.repeat(100_000)}`, PAGES)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('never throws, whatever the fragment', () => {
    const samples = ['%', '%%%', '&&&', '===', '#v=1&p=%ff', '\u0000', '\ud800', 'v=1&p=preparing&c=\ud800', '#v'];
    for (const sample of samples) expect(() => decodeFragment(sample, PAGES)).not.toThrow();
  });
});

describe('checkInstructions', () => {
  it('finds no problem with good answers', () => {
    expect(checkInstructions(full, PAGES)).toEqual([]);
  });

  it('names the field of each problem by its key', () => {
    const issues = checkInstructions({ page: 'preparing', clinic: 'a'.repeat(61), phone: 'ring us' }, PAGES);
    expect(issues.map((i) => [i.path[0], i.code])).toEqual([
      ['c', 'too_big'],
      ['t', 'invalid_format'],
      ['t', 'custom'],
    ]);
  });
});
