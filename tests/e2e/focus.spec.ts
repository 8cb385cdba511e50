import { expect, test } from './fixtures';

/** WCAG contrast of the focused element's text against its own background, computed in the browser. */
async function focusedContrast(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    let node: HTMLElement | null = el;
    let background = 'rgba(0, 0, 0, 0)';
    while (node) {
      const value = getComputedStyle(node).backgroundColor;
      if (rgb(value)[3] !== 0) {
        background = value;
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(background))].sort((x, y) => y - x);
    return { name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`, ratio: (a + 0.05) / (b + 0.05) };
  });
}

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const route of ['/', '/procedures/coronary-angiography/', '/for-clinics/']) {
      test(`every focused element on ${route} keeps its text readable (4.5:1 or more)`, async ({ page }) => {
        await page.goto(route);
        const poor: string[] = [];
        for (let i = 0; i < 20; i += 1) {
          await page.keyboard.press('Tab');
          const { name, ratio } = await focusedContrast(page);
          if (name.startsWith('BODY')) break;
          if (ratio < 4.5) poor.push(`${name}: ${ratio.toFixed(2)}:1`);
        }
        expect(poor).toEqual([]);
      });
    }
  });
}
