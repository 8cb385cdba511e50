import { checkOf } from './check';
import { appointmentLink, appointmentPath, isPlaceholderOrigin, pagePath, shortUrl, telHref } from './link';

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

describe('pagePath and shortUrl', () => {
  it('link tests under /procedures/ and guides at the top level', () => {
    expect(pagePath({ slug: 'barium-swallow', kind: 'procedure' })).toBe('/procedures/barium-swallow/');
    expect(pagePath({ slug: 'preparing', kind: 'guide' })).toBe('/preparing/');
  });

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
