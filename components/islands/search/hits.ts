import { excerptParts } from '@/lib/search/excerpt';
import type { SearchHit } from '@/lib/search/pagefind';
import { one } from '../dom';
import { keepChildren } from './keep-children';

type Item = { li: HTMLLIElement; title: HTMLAnchorElement; section: HTMLElement; sectionLink: HTMLAnchorElement; excerpt: HTMLElement };

function itemOf(template: HTMLTemplateElement): Item {
  const li = one<HTMLLIElement>(template.content, 'li').cloneNode(true) as HTMLLIElement;
  const section = one<HTMLElement>(li, '[data-slot="section"]');
  return { li, title: one(li, 'h2 a'), section, sectionLink: one(section, 'a'), excerpt: one(li, '[data-slot="excerpt"]') };
}

/** One result, every word from the index set as text, so markup in a title or an excerpt shows as written. */
function fillItem({ title, section, sectionLink, excerpt }: Item, hit: SearchHit) {
  title.href = hit.url;
  title.textContent = hit.title;
  if (hit.section) {
    sectionLink.href = hit.section.url;
    sectionLink.textContent = hit.section.title;
    if (!section.parentNode) excerpt.before(section);
  } else section.remove();
  excerpt.replaceChildren(
    ...excerptParts(hit.excerpt).map((p) => {
      if (!p.marked) return p.text;
      const mark = document.createElement('mark');
      mark.textContent = p.text;
      return mark;
    }),
  );
}

/**
 * Draws the hits into the list from the page's result template. A page that
 * stays in the results keeps its item, as "Show more" adds to the list: the
 * items a reader is on are not replaced.
 */
export function hitDrawer(list: HTMLElement, template: HTMLTemplateElement) {
  let items = new Map<string, Item>();
  return (hits: SearchHit[]) => {
    const before = items;
    items = new Map();
    const shown = hits.map((hit) => {
      const item = before.get(hit.url) ?? itemOf(template);
      before.delete(hit.url);
      items.set(hit.url, item);
      fillItem(item, hit);
      return item.li;
    });
    keepChildren(list, shown);
  };
}
