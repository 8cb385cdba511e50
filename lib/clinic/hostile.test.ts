import { FIELDS, type ClinicInstructions } from './fields';
import { decodeFragment, encodeFragment } from './fragment';
import { HOSTILE_TEXT } from '@/tests/fixtures/hostile-strings';

/*
 * The decoder returns hostile strings as plain strings (React then shows them
 * as text, see the component tests) or refuses them; it never turns them into
 * anything else.
 */
const PAGES = ['barium-swallow'];


describe('hostile text typed by a clinic', () => {
  it.each(HOSTILE_TEXT)('comes back exactly as typed, or is refused: %j', (text) => {
    for (const field of FIELDS.filter((f) => f.name !== 'phone')) {
      const data: ClinicInstructions = { page: 'barium-swallow', [field.name]: text };
      const result = decodeFragment(encodeFragment(data), PAGES);
      if (result.ok) expect(result.data).toEqual(data);
      else expect(result.reason).toBe('invalid-field');
    }
  });

  it('refuses only the text with direction marks', () => {
    const refused = HOSTILE_TEXT.filter((text) => !decodeFragment(encodeFragment({ page: 'barium-swallow', note: text }), PAGES).ok);
    expect(refused).toEqual(['\u202Eevil']);
  });

  it('refuses any of it as a phone number', () => {
    for (const text of HOSTILE_TEXT) {
      expect(decodeFragment(encodeFragment({ page: 'barium-swallow', phone: text }), PAGES)).toMatchObject({ ok: false });
    }
  });
});

describe('hostile fragments written by hand', () => {
  it.each([
    ['#v=1&p=barium-swallow&n=<script>alert(1)</script>', { ok: true, data: { page: 'barium-swallow', note: '<script>alert(1)</script>' } }],
    ['#v=1&p=barium-swallow&c=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', { ok: true, data: { page: 'barium-swallow', clinic: '<img src=x onerror=alert(1)>' } }],
    ['#v=1&p=barium-swallow&n=%26lt%3Bb%26gt%3B', { ok: true, data: { page: 'barium-swallow', note: '&lt;b&gt;' } }],
    ['#v=1&p=<script>alert(1)</script>', { ok: false, reason: 'unknown-page' }],
    ['#v=<img src=x>&p=barium-swallow', { ok: false, reason: 'unknown-version' }],
    ['#<script>alert(1)</script>', { ok: false, reason: 'malformed' }],
    ['#javascript:alert(1)', { ok: false, reason: 'malformed' }],
    ['#v=1&p=barium-swallow&t=javascript:alert(1)', { ok: false, reason: 'invalid-field' }],
    ['#v=1&p=barium-swallow&n=%C0%AF', { ok: false, reason: 'malformed' }],
    ['#v=1&p=barium-swallow&n=%ED%A0%80', { ok: false, reason: 'malformed' }],
    [`#v=1&p=barium-swallow&n=${'%F0%9F%91%8D'.repeat(100)}`, { ok: false, reason: 'too-long' }],
    [`#v=1&p=barium-swallow&n=${'A'.repeat(5000)}`, { ok: false, reason: 'too-long' }],
  ])('%s', (fragment, expected) => {
    expect(decodeFragment(fragment, PAGES)).toEqual(expected);
  });
});
