import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('keeps marked words apart from plain text', () => {
    expect(excerptParts('You drink <mark>barium</mark> first.')).toEqual([
      { text: 'You drink ', marked: false },
      { text: 'barium', marked: true },
      { text: ' first.', marked: false },
    ]);
  });

  it('turns any other markup into inert text and decodes entities once', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>a &lt;b&gt; &amp;lt;');
    expect(parts.map((p) => p.text).join('')).toBe('a <b> &lt;');
    expect(parts.every((p) => !p.marked)).toBe(true);
  });
});
