import { checkOf } from './check';
import { decodeFragment } from './fragment';
import { appointmentLink, appointmentPath } from './appointment-link';
import { isPlaceholderOrigin, shortUrl, telHref } from './link';

const ORIGIN = 'https://fluoroscopy-guide.example.org';

describe('appointmentLink', () => {
  it('puts the instructions after "#" on the appointment page of the given origin', () => {
    expect(appointmentLink('https://fluoroscopy-guide.example.org', { page: 'barium-swallow', clinic: 'Riverside' })).toBe(
      `https://fluoroscopy-guide.example.org/appointment/#2.barium-swallow&cRiverside&${checkOf('2.barium-swallow&cRiverside')}`,
    );
  });

  it('has a path form for opening the page from wherever the site is served', () => {
    expect(appointmentPath({ page: 'preparing' })).toBe(`/appointment/#2.preparing&${checkOf('2.preparing')}`);
  });
});

describe("the patient's language in a link", () => {
  const data = { page: 'barium-swallow', clinic: 'Clínica Riverside', note: 'Traiga sus lentes.' };

  it('opens the Spanish appointment page for a Spanish-speaking patient', () => {
    const link = appointmentLink(ORIGIN, data, 'es');
    expect(link.startsWith(`${ORIGIN}/es/cita/#2.barium-swallow&`)).toBe(true);
    expect(appointmentPath(data, 'es').startsWith('/es/cita/#2.barium-swallow&')).toBe(true);
  });

  it('keeps English the default, so a link made without a choice is the link made before there was one', () => {
    expect(appointmentLink(ORIGIN, data)).toBe(appointmentLink(ORIGIN, data, 'en'));
    expect(appointmentLink(ORIGIN, data).startsWith(`${ORIGIN}/appointment/#2.`)).toBe(true);
  });

  it('carries the same fragment in either language, so the language changes nothing the clinic typed', () => {
    const en = new URL(appointmentLink(ORIGIN, data, 'en')).hash;
    const es = new URL(appointmentLink(ORIGIN, data, 'es')).hash;
    expect(es).toBe(en);
    expect(decodeFragment(es, ['barium-swallow'])).toEqual({ ok: true, data });
  });

  it('still reads an English link from before there was a choice, whichever page opens it', () => {
    const old = '#v=1&p=barium-swallow&c=Riverside+Hospital&a=Arrive+30+minutes+early%2E';
    expect(decodeFragment(old, ['barium-swallow'])).toEqual({
      ok: true,
      data: { page: 'barium-swallow', clinic: 'Riverside Hospital', arrive: 'Arrive 30 minutes early.' },
    });
  });
});

describe('shortUrl', () => {
  it('write an address without the scheme, for typing from paper', () => {
    expect(shortUrl('https://fluoroscopy-guide.example.org', '/procedures/barium-swallow/')).toBe(
      'fluoroscopy-guide.example.org/procedures/barium-swallow/',
    );
    expect(shortUrl('http://localhost:3000', '/preparing/')).toBe('localhost:3000/preparing/');
  });
});

describe('telHref', () => {
  it.each([
    ['020 7946 0000', 'tel:02079460000'],
    ['+44 (0)20 7946-0000', 'tel:+4402079460000'],
    ['(555) 010-0199', 'tel:5550100199'],
    ['javascript:alert(1)', 'tel:1'],
    ['1 <img src=x onerror=alert(1)>', 'tel:11'],
    ['tel:123;ext=4', 'tel:1234'],
    ['٠١٢٣ 5', 'tel:5'],
  ])('keeps only digits and + of %j', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it('gives no link when no digit is left', () => {
    expect(telHref('+ ( ) -')).toBeUndefined();
    expect(telHref('')).toBeUndefined();
  });
});

describe('isPlaceholderOrigin', () => {
  it.each([
    ['https://fluoroscopy-guide.example.org', true],
    ['https://example.com', true],
    ['https://guide.example', true],
    ['http://site.test', true],
    ['not a url', true],
    ['https://guide.riverside-hospital.nhs.uk', false],
    ['https://example.org.uk', false],
    ['https://myexample.org', false],
    ['http://localhost:3000', false],
  ])('%s: %s', (origin, placeholder) => {
    expect(isPlaceholderOrigin(origin)).toBe(placeholder);
  });
});
