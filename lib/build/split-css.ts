import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import postcss, { type AtRule, type Container } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { children } from './html';

/*
 * Tailwind writes one stylesheet for the whole site, holding every class any
 * file names: the clinic builder's, the search page's and the handout's too.
 * A guide uses about half of it. The build gives each kind of page (the pages
 * with no island, and the pages of each island) a stylesheet with only the
 * rules whose classes and elements that kind of page can carry. Only classes
 * and element names are judged: states (:focus-visible, :hover), attributes
 * and pseudo-elements always stay, so nothing a browser applies by itself as
 * a reader uses the page is lost.
 */

type Node = DefaultTreeAdapterMap['node'];

/** What a page's markup holds that selectors name: its class tokens and its element names, inside <template>s too. */
export type Markup = { classes: Set<string>; elements: Set<string>; styles: Set<string> };

export const emptyMarkup = (): Markup => ({ classes: new Set(), elements: new Set(), styles: new Set() });

export function readMarkup(html: string, into: Markup = emptyMarkup()): Markup {
  const visit = (node: Node) => {
    if ('tagName' in node) into.elements.add(node.tagName);
    if ('attrs' in node) {
      const value = node.attrs.find((a) => a.name === 'class')?.value;
      if (value) for (const token of value.split(/\s+/)) if (token) into.classes.add(token);
      const style = node.attrs.find((a) => a.name === 'style')?.value;
      if (style) into.styles.add(style);
    }
    for (const child of children(node)) visit(child);
  };
  visit(parse(html));
  return into;
}

/** Whether a page can carry a class and an element, and whether its markup or scripts name a custom property. */
export type Carries = { className: (name: string) => boolean; element: (name: string) => boolean; names: (property: string) => boolean };

/**
 * What a kind of page can carry: what its markup holds, and (for a page with
 * an island) any class or element its island's source modules name, since an
 * island adds them as it runs. Tailwind needs class names written out in full
 * in source, so finding the name anywhere in the text is enough; the same
 * loose test for element names only ever keeps more.
 */
export function carriedBy(markup: Markup, islandSources: string[] = []): Carries {
  const text = islandSources.join('\n');
  const inSource = (name: string) => text.length > 0 && text.includes(name);
  return {
    className: (name) => markup.classes.has(name) || inSource(name),
    element: (name) => markup.elements.has(name.toLowerCase()) || inSource(name.toLowerCase()),
    // A style attribute, or an island's source, may read a custom property.
    names: (property) => [...markup.styles].some((style) => style.includes(property)) || inSource(property),
  };
}

/** Whether a selector could match: every class and element it needs is carried. What sits inside :not() is never needed. */
function couldMatch(selector: selectorParser.Selector, carries: Carries): boolean {
  let possible = true;
  selector.walk((node) => {
    if (node.type !== 'class' && node.type !== 'tag') return;
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (parent.type === 'pseudo' && parent.value === ':not') return;
    }
    if (node.type === 'class' ? !carries.className(node.value) : !carries.element(node.value)) possible = false;
  });
  return possible;
}

function dropEmpty(container: Container) {
  container.each((child) => {
    if (child.type === 'atrule' || child.type === 'rule') {
      const inner = child as Container;
      if (inner.nodes) {
        dropEmpty(inner);
        // @property and @font-face carry declarations of their own; a grouping rule with nothing left goes.
        if (inner.nodes.length === 0 && !(child.type === 'atrule' && ['property', 'font-face'].includes((child as AtRule).name))) child.remove();
      }
    }
  });
}

/** The stylesheet with every selector whose classes the page cannot carry taken out. */
export function pruneStylesheet(css: string, carries: Carries): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps ("from", "50%") are not selectors of the page.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    const kept: string[] = [];
    selectorParser((selectors) => {
      selectors.each((selector) => {
        if (couldMatch(selector, carries)) kept.push(selector.toString().trim());
      });
    }).processSync(rule.selector);
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selector = kept.join(',');
  });
  dropUnusedProperties(root, carries);
  dropEmpty(root);
  return root.toString();
}

/**
 * Custom properties that nothing left reads (the typography plugin's dark
 * "invert" colours, say): their declarations and @property rules go. Repeated
 * until nothing changes, since one property can read another.
 */
function dropUnusedProperties(root: postcss.Root, carries: Carries) {
  for (let changed = true; changed; ) {
    changed = false;
    const read = new Set<string>();
    root.walkDecls((decl) => {
      for (const match of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(match[1]);
    });
    const used = (name: string) => read.has(name) || carries.names(name);
    root.walkDecls(/^--/, (decl) => {
      if (!used(decl.prop)) {
        decl.remove();
        changed = true;
      }
    });
    root.walkAtRules('property', (rule) => {
      if (!used(rule.params.trim())) {
        rule.remove();
        changed = true;
      }
    });
  }
}

/** A file name that changes when the rules do, so a host may cache it for a year. */
export function stylesheetName(kind: string, css: string): string {
  return `${kind}-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
}

/** A built page as the stylesheet split sees it. */
export type StyledPage = { route: string; html: string; islands: readonly string[] };

/**
 * One stylesheet for each kind of page: "pages" for those with no island
 * (every guide and test page shares it, so it is fetched once), and one per
 * set of islands. `sourcesOf` gives the text of an island's source modules.
 */
export function splitStylesheets(
  pages: StyledPage[],
  css: string,
  sourcesOf: (island: string) => string[],
): { stylesheets: { name: string; css: string }[]; nameOf: (route: string) => string } {
  const kindOf = (page: StyledPage) => [...new Set(page.islands)].sort().join('+') || 'pages';
  const kinds = new Map<string, StyledPage[]>();
  for (const page of pages) kinds.set(kindOf(page), [...(kinds.get(kindOf(page)) ?? []), page]);
  const names = new Map<string, string>();
  const stylesheets: { name: string; css: string }[] = [];
  for (const [kind, members] of kinds) {
    const markup = emptyMarkup();
    for (const page of members) readMarkup(page.html, markup);
    const islands = kind === 'pages' ? [] : kind.split('+');
    const pruned = pruneStylesheet(css, carriedBy(markup, islands.flatMap(sourcesOf)));
    const name = stylesheetName(kind, pruned);
    stylesheets.push({ name, css: pruned });
    for (const page of members) names.set(page.route, name);
  }
  return {
    stylesheets,
    nameOf: (route) => {
      const name = names.get(route);
      if (!name) throw new Error(`${route} has no stylesheet`);
      return name;
    },
  };
}
