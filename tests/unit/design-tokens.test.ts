import fs from 'node:fs';
import path from 'node:path';
import { colors } from '@/lib/design/tokens';

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

describe('drawings, charts, QR codes and share images take their colours from the tokens', () => {
  /** Source files that draw: no colour may be written in them by hand. */
  function drawingFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return drawingFiles(full);
      return /\.(ts|tsx)$/.test(entry.name) && !/\.(test|examples)\.tsx?$/.test(entry.name) ? [full] : [];
    });
  }

  it('writes no colour by hand outside lib/design/tokens.ts', () => {
    const files = ['app', 'components/mdx', 'components/procedure', 'components/clinic', 'lib'].flatMap(drawingFiles);
    const handWritten = files
      .filter((file) => file !== path.join('lib', 'design', 'tokens.ts'))
      // A colour written as a quoted #rgb or #rrggbb; "#sources" and other anchors are words, not colours.
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/(['"`])(#(?:[0-9a-f]{3}){1,2})\1/gi)].map((m) => `${file}: ${m[2]}`));
    expect(handWritten).toEqual([]);
  });

  it('the share image: white and yellow text on the brand colour', () => {
    expect(contrast(colors.paper, colors.brand)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.focus, colors.brand)).toBeGreaterThanOrEqual(4.5);
  });

  it('the dose chart: the dose bar and the background line stand out from the track (3:1 for graphics)', () => {
    expect(contrast(colors.brand, colors.mist)).toBeGreaterThanOrEqual(3);
    expect(contrast(colors.ink, colors.mist)).toBeGreaterThanOrEqual(3);
    expect(contrast(colors.brand, colors.doseRange)).toBeGreaterThan(1);
  });

  it('the room drawing: its labels are ink on paper, and its machine parts stand out from the page', () => {
    expect(contrast(colors.ink, colors.paper)).toBeGreaterThanOrEqual(4.5);
    for (const token of ['brand', 'brandDark', 'muted', 'ink'] as const) {
      expect(contrast(colors[token], colors.paper), token).toBeGreaterThanOrEqual(3);
    }
  });

  it('QR codes: the darkest dark on the lightest light, for any camera', () => {
    expect(contrast(colors.qrDark, colors.qrLight)).toBe(21);
  });
});
