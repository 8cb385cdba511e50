import { FIELDS, type ClinicInstructions } from './fields';
import { checkOf } from './check';
import { checkInstructions, decodeFragment, encodeFragment, encodeFragmentV1, fragmentVersion, MAX_FRAGMENT_LENGTH } from './fragment';

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

function roundTripV1(data: ClinicInstructions) {
  return decodeFragment(`#${encodeFragmentV1(data)}`, PAGES);
}

describe('encodeFragmentV1 and decodeFragment', () => {
  it('round-trip every field', () => {
    expect(roundTripV1(full)).toEqual({ ok: true, data: full });
  });

  it.each(FIELDS.map((f) => f.name))('round-trip the %s field on its own', (name) => {
    const data = { page: 'upper-gi-series', [name]: name === 'phone' ? '0123 456' : `Some text for ${name}` };
    expect(roundTripV1(data)).toEqual({ ok: true, data });
  });

  it('round-trip a page with no instructions at all', () => {
    expect(encodeFragmentV1({ page: 'preparing' })).toBe('v=1&p=preparing');
    expect(roundTripV1({ page: 'preparing' })).toEqual({ ok: true, data: { page: 'preparing' } });
  });

  it('write the version first, then the page, then the fields in a fixed order', () => {
    const fragment = encodeFragmentV1({ note: 'n', clinic: 'c', page: 'barium-swallow', phone: '1' });
    expect(fragment).toBe('v=1&p=barium-swallow&c=c&t=1&n=n');
  });

  it('leave out empty answers and tidy spaces and line breaks', () => {
    const fragment = encodeFragmentV1({ page: 'preparing', clinic: '  ', note: ' Line one\nline  two ' });
    expect(fragment).toBe('v=1&p=preparing&n=Line+one+line+two');
  });

  it('keep commas, colons and slashes as they are, so links stay short', () => {
    expect(encodeFragmentV1({ page: 'preparing', where: 'Level 2, room 3/4: X-ray' })).toBe(
      'v=1&p=preparing&w=Level+2,+room+3/4:+X-ray',
    );
  });

  it('escape the characters that would change the meaning of the link', () => {
    const fragment = encodeFragmentV1({ page: 'preparing', note: 'a&b=c+d%e#f' });
    expect(fragment).toBe('v=1&p=preparing&n=a%26b%3Dc%2Bd%25e%23f');
  });

  it('never end a link with punctuation that mail programs drop from links', () => {
    const fragment = encodeFragmentV1({ page: 'preparing', note: 'Call us (any time).' });
    expect(fragment.endsWith('%2E')).toBe(true);
    expect(roundTripV1({ page: 'preparing', note: 'Call us (any time).' })).toMatchObject({ ok: true });
    expect(encodeFragmentV1({ page: 'preparing', note: 'Open 9 to 5 (Mon)' }).endsWith('%29')).toBe(true);
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
    expect(roundTripV1(data)).toEqual({ ok: true, data });
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
    expect(decoded.ok && `#${encodeFragmentV1(decoded.data)}`).toBe(new URL(printed).hash);
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
    expect(roundTripV1(data)).toEqual({ ok: true, data });
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

describe('version 2: encodeFragment and decodeFragment', () => {
  const roundTrip = (data: ClinicInstructions) => decodeFragment(`#${encodeFragment(data)}`, PAGES);

  it('round-trip every field', () => {
    expect(roundTrip(full)).toEqual({ ok: true, data: full });
  });

  it.each(FIELDS.map((f) => f.name))('round-trip the %s field on its own', (name) => {
    const data = { page: 'upper-gi-series', [name]: name === 'phone' ? '0123 456' : `Some text for ${name}` };
    expect(roundTrip(data)).toEqual({ ok: true, data });
  });

  it('write the version and page, each field as its key and value, then the check of all before it', () => {
    const fragment = encodeFragment({ note: 'n', clinic: 'Riverside Hospital', page: 'barium-swallow', phone: '020 7946' });
    const body = '2.barium-swallow&cRiverside+Hospital&t020+7946&nn';
    expect(fragment).toBe(`${body}&${checkOf(body)}`);
    expect(encodeFragment({ page: 'preparing' })).toBe(`2.preparing&${checkOf('2.preparing')}`);
  });

  it('write the check as CRC-32 in base64url', () => {
    // CRC-32 of "123456789" is cbf43926, the standard check value.
    expect(checkOf('123456789')).toBe(Buffer.from([0xcb, 0xf4, 0x39, 0x26]).toString('base64url'));
  });

  it('are shorter than version 1 and never end in punctuation', () => {
    expect(encodeFragment(full).length).toBeLessThan(encodeFragmentV1(full).length);
    expect(encodeFragment({ page: 'preparing', note: 'Call us (any time).' })).toMatch(/&[A-Za-z0-9_-]{5}[AQgw]$/);
  });

  it('leave out empty answers, tidy spaces and escape what would change the meaning', () => {
    expect(encodeFragment({ page: 'preparing', clinic: '  ', note: ' Line one\nline  two ' })).toMatch(/^2\.preparing&nLine\+one\+line\+two&/);
    expect(encodeFragment({ page: 'preparing', note: 'a&b=c+d%e#f' })).toMatch(/^2\.preparing&na%26b%3Dc%2Bd%25e%23f&/);
  });

  it('read spaces and apostrophes that a mail program escaped', () => {
    const fragment = encodeFragment({ page: 'preparing', clinic: "St Mary's Hospital" });
    expect(decodeFragment(fragment.replace(/\+/g, '%20').replace("'", '%27'), PAGES)).toEqual({
      ok: true,
      data: { page: 'preparing', clinic: "St Mary's Hospital" },
    });
  });

  it('round-trip text in other alphabets, emoji and hostile-looking text', () => {
    const data = { page: 'preparing', clinic: 'Clínica São José', note: 'Ärztin: Dr Øberg. 病院 ✓ 👍 <b>&amp;</b>' };
    expect(roundTrip(data)).toEqual({ ok: true, data });
  });

  it('name their version', () => {
    expect(fragmentVersion(`#${encodeFragment(full)}`)).toBe('2');
    expect(fragmentVersion(encodeFragmentV1(full))).toBe('1');
    expect(fragmentVersion('#main')).toBeUndefined();
  });
});

describe('a version 2 link cut short or changed', () => {
  const fragment = encodeFragment(full);

  it('is incomplete when cut at any point', () => {
    // From the version and its full stop on: "2." is where a version 2 link begins.
    const decoded = Array.from({ length: fragment.length - 2 }, (_, i) => ({
      at: i + 2,
      result: decodeFragment(`#${fragment.slice(0, i + 2)}`, PAGES),
    }));
    expect(decoded.filter(({ at }) => at >= 20).length).toBeGreaterThan(300);
    expect(decoded.filter(({ result }) => result.ok || result.reason !== 'incomplete')).toEqual([]);
  });

  it('is incomplete when cut at any point, for a short link too', () => {
    const short = encodeFragment({ page: 'preparing', clinic: 'Riverside', phone: '020 7946 0000' });
    for (let at = 2; at < short.length; at += 1) expect(decodeFragment(short.slice(0, at), PAGES)).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('is incomplete when any one character is changed, dropped or doubled', () => {
    const changed: string[] = [];
    for (let i = 2; i < fragment.length; i += 1) {
      const c = fragment[i];
      const other = c === 'a' ? 'b' : c === '0' ? '1' : c === 'A' ? 'B' : c === '+' ? 'x' : 'a';
      changed.push(fragment.slice(0, i) + other + fragment.slice(i + 1));
      changed.push(fragment.slice(0, i) + fragment.slice(i + 1));
      changed.push(fragment.slice(0, i) + c + fragment.slice(i));
    }
    const read = changed.map((f) => decodeFragment(f, PAGES)).filter((r) => r.ok);
    expect(read).toEqual([]);
  });

  it('is incomplete when a field is edited by hand', () => {
    const edited = fragment.replace('t%2B44+(0)20+7946-0000', 't%2B44+(0)20+7946-9999');
    expect(edited).not.toBe(fragment);
    expect(decodeFragment(edited, PAGES)).toEqual({ ok: false, reason: 'incomplete' });
    expect(decodeFragment(fragment.replace('2.barium-swallow', '2.upper-gi-series'), PAGES)).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('checks what is whole just as version 1 does', () => {
    const whole = (body: string) => `${body}&${checkOf(body)}`;
    expect(decodeFragment(whole('2.knee'), PAGES)).toEqual({ ok: false, reason: 'unknown-page' });
    expect(decodeFragment(whole('2.preparing&c'), PAGES)).toEqual({ ok: false, reason: 'invalid-field' });
    expect(decodeFragment(whole('2.preparing&zx'), PAGES)).toEqual({ ok: false, reason: 'invalid-field' });
    expect(decodeFragment(whole('2.preparing&tcall+us'), PAGES)).toEqual({ ok: false, reason: 'invalid-field' });
    expect(decodeFragment(whole(`2.preparing&c${'a'.repeat(61)}`), PAGES)).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeFragment(whole('2.preparing&ca&cb'), PAGES)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeFragment(whole('2.preparing&cevil%E2%80%AEgnp'), PAGES)).toEqual({ ok: false, reason: 'invalid-field' });
    expect(decodeFragment(whole('3.preparing'), PAGES)).toEqual({ ok: false, reason: 'unknown-version' });
  });

  it('never throws, whatever follows "2."', () => {
    for (const sample of ['2.', '2.&', '2.%', '2.preparing&c%E0%A4&AAAAAA', '2.\ud800&AAAAAA', `2.${'&'.repeat(900)}`]) {
      expect(() => decodeFragment(sample, PAGES)).not.toThrow();
      expect(decodeFragment(sample, PAGES)).toMatchObject({ ok: false });
    }
  });
});
