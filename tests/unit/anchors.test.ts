import fs from 'node:fs';
import { outline as aboutOutline } from '@/content/site/about.mdx';
import { outline as aboutOutlineEs } from '@/content/es/site/acerca-de.mdx';
import { loadContent } from '@/lib/content';
import { anchorsByPage, PUBLIC_ANCHORS_FILE } from '@/lib/content/anchors';
import { withHeadingIds } from '@/lib/content/heading-ids';

/*
 * Section ids are public: a clinic may print a link to /procedures/myelogram/#will-it-hurt.
 * Each is written in the source after its heading, so rewording the heading keeps it,
 * and the kept list says which ids must never disappear.
 */

const content = loadContent();
const contentEs = loadContent('es');
const kept = JSON.parse(fs.readFileSync(PUBLIC_ANCHORS_FILE, 'utf8')) as Record<string, string[]>;
// Both editions: a Spanish letter may print /es/procedimientos/mielografia/#me-va-a-doler.
const now = { ...anchorsByPage(content, aboutOutline), ...anchorsByPage(contentEs, aboutOutlineEs, 'es') };

describe('public section ids', () => {
  it.each(Object.entries(kept))('%s still has every section id a link may use', (page, ids) => {
    expect(now[page], `${page} is gone; its links would break`).toBeDefined();
    const missing = ids.filter((id) => !now[page].includes(id));
    expect(missing, `ids removed from ${page}: put them back after their headings as {#id}`).toEqual([]);
  });

  it('keeps every id in use in the list, so a new one is protected too (npm run content:anchors)', () => {
    const unlisted = Object.entries(now).flatMap(([page, ids]) => ids.filter((id) => !kept[page]?.includes(id)).map((id) => `${page}#${id}`));
    expect(unlisted).toEqual([]);
  });

  it('has every heading id written in the source (npm run content:ids)', () => {
    const made = [...content.guides, ...content.procedures, ...contentEs.guides, ...contentEs.procedures].flatMap((entry) =>
      entry.outline.headings.filter((h) => !h.explicit).map((h) => `${entry.file}: "${h.text}"`),
    );
    expect(made).toEqual([]);
    expect(aboutOutline.headings.filter((h) => !h.explicit)).toEqual([]);
    expect(aboutOutlineEs.headings.filter((h) => !h.explicit)).toEqual([]);
  });

  it('keeps an id when its heading is reworded', async () => {
    const { analyseSource } = await import('@/lib/content/compile/read');
    const reworded = analyseSource('## Does it hurt at all? {#will-it-hurt}\n\nNo.\n', 'x.mdx', 'page');
    expect(reworded.outline.toc).toEqual([{ id: 'will-it-hurt', text: 'Does it hurt at all?', depth: 2, explicit: true }]);
  });

  it('writes the ids a page has today, and changes nothing when run again', () => {
    const text = '## Will it hurt?\n\nNo.\n\n### Will it hurt?\n\n## Kept {#kept-id}\n';
    const once = withHeadingIds(text, 'x.mdx');
    expect(once).toBe('## Will it hurt? {#will-it-hurt}\n\nNo.\n\n### Will it hurt? {#will-it-hurt-1}\n\n## Kept {#kept-id}\n');
    expect(withHeadingIds(once, 'x.mdx')).toBe(once);
  });

  it('fails the compile when two headings share an id, naming the file', async () => {
    const { analyseSource } = await import('@/lib/content/compile/read');
    expect(() => analyseSource('## A {#same}\n\n## B {#same}\n', 'content/guides/x.mdx', 'page')).toThrow(
      /content\/guides\/x\.mdx: field "heading "B"" has the id "same"/,
    );
  });
});
