import { colors } from '@/tailwind.config';

/** WCAG 2 relative luminance of an sRGB colour written as #rrggbb. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not a #rrggbb colour`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, from 1 (none) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

type Token = keyof typeof colors;
const white = '#ffffff';

describe('the contrast helper', () => {
  it('gives the WCAG end points and a known middle value', () => {
    expect(contrast('#000000', white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
    expect(contrast('#777777', white)).toBeCloseTo(4.48, 2);
  });
});

describe('design tokens meet WCAG AA contrast for normal text (4.5:1)', () => {
  it('paper is white', () => {
    expect(colors.paper.toLowerCase()).toBe(white);
  });

  it.each<Token>(['ink', 'muted', 'brand', 'brandDark', 'urgent'])('%s text on paper', (token) => {
    expect(contrast(colors[token], colors.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it.each<Token>(['brand', 'brandDark', 'urgent', 'emergency', 'ink'])('white text on %s', (token) => {
    expect(contrast(white, colors[token])).toBeGreaterThanOrEqual(4.5);
  });

  it.each<Token>(['mist', 'infoTint', 'warningTint', 'focus'])('ink text on %s', (token) => {
    expect(contrast(colors.ink, colors[token])).toBeGreaterThanOrEqual(4.5);
  });
});
