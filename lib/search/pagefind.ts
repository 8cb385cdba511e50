import type { QueryLanguage } from './languages/types';
import { excerptParts } from './excerpt';
import { normalize, prepare, type PreparedQuery } from './prepare';

/** The parts of Pagefind's browser API the search page uses. */
export type WeightedLocation = { weight: number; balanced_score: number; location: number };
export type PagefindAnchor = { element: string; id: string; text?: string; location: number };
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
  locations?: number[];
  anchor?: PagefindAnchor;
};
export type PagefindData = {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
  /** Every heading of the page with an id, which is what Pagefind cuts sub-results at. */
  anchors?: PagefindAnchor[];
};
export type PagefindResult = { id: string; score?: number; data: () => Promise<PagefindData> };
export type PagefindApi = {
  init?: () => Promise<void>;
  options?: (o: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch?: unknown;
};

export type SearchHit = { url: string; title: string; excerpt: string; section?: { title: string; url: string } };

/**
 * How strongly a section matched: Pagefind's balanced score of each matched
 * word in it, added up. That score grows with the square of the word's weight,
 * so one word in a short subheading ("Barium") would count 25 times a mention
 * in the text and pick the section for any query with that word; dividing by
 * the weight once keeps headings ahead (5 to 6 times) without letting them
 * drown the other words of the question.
 */
export function sectionScore(sub: PagefindSubResult): number {
  const located = sub.weighted_locations ?? [];
  if (located.length) return located.reduce((sum, l) => sum + l.balanced_score / Math.max(l.weight, 1), 0);
  return sub.locations?.length ?? 0;
}

/**
 * The id of the h2 section each heading sits in, from the page's anchors in
 * page order. An h2 (or a heading before any h2) is its own section.
 */
function sectionOfAnchors(anchors: PagefindAnchor[] = []): Map<string, string> {
  const parents = new Map<string, string>();
  let current: string | undefined;
  for (const a of [...anchors].sort((x, y) => x.location - y.location)) {
    const level = Number(/^h([1-6])$/i.exec(a.element)?.[1] ?? 0);
    if (level === 2) current = a.id;
    else if (level !== 3 && level !== 4 && level !== 5 && level !== 6) continue;
    parents.set(a.id, level === 2 || !current ? a.id : current);
  }
  return parents;
}

type Scored = { sub: PagefindSubResult; score: number };

/**
 * One hit per page, with its best section chosen by that section's own score
 * (not the first match in page order). Pagefind cuts a page at every heading
 * with an id, so a section's subheadings and its questions come back as
 * separate parts; they are added up into their h2 section first, or a section
 * whose answer is spread over a few short questions loses to one long block.
 * The link then goes to the best part of the winning section. The part of the
 * page before its first heading (title and summary) is the page itself, so it
 * gives no section link. With several searches for one page (fewer words),
 * the scores add up.
 */
export function toHit(data: PagefindData | PagefindData[], weights?: number[]): SearchHit {
  const all = Array.isArray(data) ? data : [data];
  const first = all[0];
  const parents = sectionOfAnchors(all.flatMap((d) => d.anchors ?? []));
  const parts = new Map<string, Scored & { section?: string }>();
  for (const [i, d] of all.entries()) {
    for (const sub of d.sub_results) {
      const score = sectionScore(sub) * (weights?.[i] ?? 1);
      const seen = parts.get(sub.url);
      if (seen) {
        seen.score += score;
        continue;
      }
      const isSection = sub.url !== first.url && sub.url.includes('#');
      const id = sub.anchor?.id ?? sub.url.split('#')[1];
      parts.set(sub.url, { sub, score, section: isSection ? (parents.get(id) ?? id) : undefined });
    }
  }
  const sections = new Map<string, { score: number; best: Scored }>();
  let top: Scored | undefined;
  for (const part of parts.values()) {
    if (!top || part.score > top.score) top = part;
    if (!part.section || part.score <= 0) continue;
    const group = sections.get(part.section);
    if (!group) sections.set(part.section, { score: part.score, best: part });
    else {
      group.score += part.score;
      if (part.score > group.best.score) group.best = part;
    }
  }
  // The page's own part (title, summary) matches most queries, so it only supplies the excerpt when no section matched.
  let best: { score: number; best: Scored } | undefined;
  for (const group of sections.values()) if (!best || group.score > best.score) best = group;
  const section = best?.best.sub;
  const excerptFrom = best?.best ?? top;
  return {
    url: first.url,
    title: first.meta.title ?? first.url,
    excerpt: excerptFrom?.sub.excerpt || first.excerpt,
    section: section ? { title: section.title, url: section.url } : undefined,
  };
}

/** Whether a query word names the page itself (a word of its title, allowing for endings, or one on every page). */
export function namesPage(word: string, title: string, everywhere: Set<string>): boolean {
  if (everywhere.has(word)) return true;
  return normalize(title)
    .split(' ')
    .some((t) => t === word || (t.length >= 5 && word.length >= 5 && (t.startsWith(word.slice(0, 5)) && word.startsWith(t.slice(0, 5)))));
}

/** About how many pages the index holds; only the ratio to a word's page count matters. */
const PAGES_IN_INDEX = 34;

/** A word found on few pages says more about what the reader wants than one found on every page. */
function rarity(pagesWithWord: number): number {
  return Math.log(1 + PAGES_IN_INDEX / Math.max(pagesWithWord, 1));
}

type SingleSearches = Map<string, Promise<PagefindResult[]>>;

/**
 * A result's data as it was for this search. Pagefind, running on the page,
 * hands back the same object for every search that found a page and rewrites
 * its excerpt and sections each time, so it is copied at once, and a page's
 * data is never loaded for two searches at the same time.
 */
export async function dataOf(result: PagefindResult): Promise<PagefindData> {
  return { ...(await result.data()) };
}

async function dataOfEach(results: PagefindResult[]): Promise<PagefindData[]> {
  const all: PagefindData[] = [];
  for (const r of results) all.push(await dataOf(r));
  return all;
}

function searchOne(api: PagefindApi, cache: SingleSearches, word: string): Promise<PagefindResult[]> {
  let found = cache.get(word);
  if (!found) {
    found = api.search(word).then((r) => r?.results ?? []);
    cache.set(word, found);
  }
  return found;
}

/**
 * Picks a hit's section again by the query's other words: the words that name
 * the page (its title, "x-ray", "test") match every section of it, so they
 * cannot say which one answers. Keeps the first choice when no other word
 * matched the page.
 */
async function refineSection(api: PagefindApi, cache: SingleSearches, words: string[], id: string, hit: SearchHit, everywhere: Set<string>): Promise<SearchHit> {
  const rest = words.filter((w) => !namesPage(w, hit.title, everywhere));
  if (!rest.length || rest.length === words.length) return hit;
  const data: { data: PagefindData; weight: number }[] = [];
  for (const word of rest) {
    const found = await searchOne(api, cache, word);
    const mine = found.find((r) => r.id === id);
    if (mine) data.push({ data: await dataOf(mine), weight: rarity(found.length) });
  }
  if (!data.length) return hit;
  const better = toHit(data.map((d) => d.data), data.map((d) => d.weight));
  return better.section ? { ...hit, section: better.section, excerpt: better.excerpt } : hit;
}

/**
 * Whether a hit matched more than a lone letter. With no better match for a
 * word, the Spanish index falls back to a word the query word starts with,
 * so "zzqqxx" finds the "Z" of "de la A a la Z". When every hit shown is of
 * that kind, for a query of longer words, nothing was really found.
 */
export function matchesAWord(hit: SearchHit, words: string[]): boolean {
  if (words.some((w) => w.length === 1)) return true;
  const marked = excerptParts(hit.excerpt).filter((p) => p.marked);
  return !marked.length || marked.some((p) => normalize(p.text).replace(/\s/g, '').length > 1);
}

export type SiteSearchResult = {
  prepared: PreparedQuery;
  hits: SearchHit[];
  /** How many pages matched in all, of which `hits` are the first. */
  total: number;
  /** True when no page had every word, so pages with fewer of them are shown. */
  fewerWords: boolean;
};

/**
 * Searches the index for what a reader typed: the words are prepared first
 * by the rules of the page's language (lib/search/query.ts). One or two words use Pagefind's ranking of the pages
 * that have them all. Longer questions, and any query no page fully matches,
 * fall back to fewer words: each word is searched alone and the pages ranked by
 * how many of the words they have and how rare those words are. Only the
 * shown hits' data is loaded, to keep the page light.
 */
export async function searchSite(api: PagefindApi, raw: string, limit: number, language: QueryLanguage): Promise<SiteSearchResult> {
  const prepared = prepare(raw, language);
  if (!prepared.words.length) return { prepared, hits: [], total: 0, fewerWords: false };
  const cache: SingleSearches = new Map();
  const refine = (hits: SearchHit[], ids: string[]) =>
    Promise.all(hits.map((hit, i) => refineSection(api, cache, prepared.words, ids[i], hit, language.everywhere)));
  const all = (await api.search(prepared.words.join(' ')))?.results ?? [];
  // One or two words: Pagefind's own ranking of the pages with every word is best.
  if (all.length && prepared.words.length <= 2) {
    const shown = all.slice(0, limit);
    const data = await Promise.all(shown.map(dataOf));
    const hits = await refine(data.map((d) => toHit(d)), shown.map((r) => r.id));
    if (!hits.some((h) => matchesAWord(h, prepared.words))) return { prepared, hits: [], total: 0, fewerWords: false };
    return { prepared, hits, total: all.length, fewerWords: false };
  }
  // A longer question: each word counts by how rare it is, so a word on every page ("hurt", "after") cannot
  // outweigh the one that names what the reader asks about. Pages with every word get a little more.
  const pages = new Map<string, { results: PagefindResult[]; words: Set<string>; score: number; order: number }>();
  let order = 0;
  const add = (r: PagefindResult, words: string[], score: number) => {
    const page = pages.get(r.id) ?? { results: [], words: new Set<string>(), score: 0, order: order++ };
    page.results.push(r);
    for (const w of words) page.words.add(w);
    page.score += score;
    pages.set(r.id, page);
  };
  const everyWord = new Set(all.map((r) => r.id));
  for (const word of prepared.words) {
    const found = await searchOne(api, cache, word);
    const best = Math.max(...found.map((r) => r.score ?? 1), 1e-9);
    const weight = rarity(found.length);
    for (const r of found) add(r, [word], ((r.score ?? 1) / best) * weight);
  }
  const rank = (id: string, p: { words: Set<string>; score: number }) =>
    p.score * Math.sqrt(p.words.size / prepared.words.length) * (everyWord.has(id) ? 1.2 : 1);
  const ranked = [...pages.entries()].sort((a, b) => rank(b[0], b[1]) - rank(a[0], a[1]) || a[1].order - b[1].order).map(([, p]) => p);
  const shown = ranked.slice(0, limit);
  const merged = await Promise.all(shown.map(async (p) => toHit(await dataOfEach(p.results))));
  const hits = await refine(merged, shown.map((p) => p.results[0].id));
  if (!hits.some((h) => matchesAWord(h, prepared.words))) return { prepared, hits: [], total: 0, fewerWords: false };
  return { prepared, hits, total: ranked.length, fewerWords: all.length === 0 };
}


let loading: Promise<PagefindApi> | undefined;

/** Matches in a page's title or its listed search terms count for more than a passing mention in the text. */
export const RANKING = { metaWeights: { title: 6, keywords: 8 } };

/**
 * Loads the index written by scripts/postbuild.ts, ranked as above, once per
 * page. The URL is a variable so no bundler tries to resolve it. Pagefind writes
 * one index per <html lang> and picks the one of the page's own <html lang>,
 * with that language's stemming, so the Spanish search page searches only the
 * Spanish pages. Pagefind runs on the page itself, not in its Web Worker: the
 * worker's script costs about 12 KB gzipped on a first visit and a search of
 * this small index is quick. (On the page, Pagefind reuses one data object per
 * page; dataOf copies it.)
 */
export function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<PagefindApi>).then(
    async (pagefind) => {
      await pagefind.options?.({ ranking: RANKING, noWorker: true });
      return pagefind;
    },
  );
  return loading;
}
