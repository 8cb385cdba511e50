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
    // Where the element sits in the document, so a second visit is recognised.
    const path: number[] = [];
    for (let n: Element | null = el; n?.parentElement; n = n.parentElement) path.unshift([...n.parentElement.children].indexOf(n));
    return { name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`, ratio: (a + 0.05) / (b + 0.05), id: path.join('.') };
  });
}

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const route of ['/', '/procedures/coronary-angiography/', '/for-clinics/']) {
      test(`every focused element on ${route} keeps its text readable (4.5:1 or more)`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(route);
        const poor: string[] = [];
        const seen = new Set<string>();
        let stops = 0;
        // Through every focusable element on the page, until focus leaves the page or comes round again.
        for (let i = 0; i < 400; i += 1) {
          await page.keyboard.press('Tab');
          const { name, ratio, id } = await focusedContrast(page);
          if (name.startsWith('BODY') || seen.has(id)) break;
          seen.add(id);
          stops += 1;
          if (ratio < 4.5) poor.push(`${name}: ${ratio.toFixed(2)}:1`);
        }
        expect(stops).toBeGreaterThan(10);
        expect(poor).toEqual([]);
      });
    }
  });
}
