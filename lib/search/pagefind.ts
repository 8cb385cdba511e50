import type { QueryLanguage } from './languages/types';
import { excerptParts } from './excerpt';
import { normalize, prepare, type PreparedQuery } from './prepare';
import { recordOf } from './records';

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
};
/** `words`: where the query's words are in the record's text; a match in its metadata alone (its page's search terms) has none. */
export type PagefindResult = { id: string; score?: number; words?: number[]; data: () => Promise<PagefindData> };
export type PagefindApi = {
  init?: () => Promise<void>;
  options?: (o: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch?: unknown;
};

export type SearchHit = { url: string; title: string; excerpt: string; section?: { title: string; url: string } };

/**
 * How strongly a part of a record matched: Pagefind's balanced score of each
 * matched word in it, added up. That score grows with the square of the
 * word's weight, so one word in a short subheading ("Barium") would count 25
 * times a mention in the text and pick the part for any query with that word;
 * dividing by the weight once keeps headings ahead (5 to 6 times) without
 * letting them drown the other words of the question.
 */
export function sectionScore(sub: PagefindSubResult): number {
  const located = sub.weighted_locations ?? [];
  if (located.length) return located.reduce((sum, l) => sum + l.balanced_score / Math.max(l.weight, 1), 0);
  return sub.locations?.length ?? 0;
}

/**
 * A record as a hit: its page, and the best part of the record to link to.
 * A section's record (lib/build/search-records.ts) starts with its page's
 * title, which is not part of the section, so only its headed parts (the h2
 * and the subheadings and questions under it) can be linked; the link goes to
 * the part that scored best. The opening of a page (title and summary) is the
 * page itself, so it gives no section link.
 */
export function toHit(data: PagefindData): SearchHit {
  const url = data.url.split('#')[0];
  let best: { sub: PagefindSubResult; score: number } | undefined;
  for (const sub of data.sub_results) {
    if (!sub.anchor || !sub.url.includes('#')) continue;
    const score = sectionScore(sub);
    if (score > 0 && (!best || score > best.score)) best = { sub, score };
  }
  // A section's record that matched only in its page's title still answers with its section.
  const heading = data.url.includes('#') ? data.sub_results.find((sub) => sub.anchor && sub.url === data.url) : undefined;
  const section = best?.sub ?? heading;
  return {
    url,
    title: data.meta.title ?? url,
    excerpt: best?.sub.excerpt || data.excerpt,
    section: section ? { title: section.title, url: section.url } : undefined,
  };
}

/** About how many pages each language's index holds; only the ratio to a word's page count matters. */
const PAGES_IN_INDEX = 26;

/** A word found on few pages says more about what the reader wants than one found on every page. */
function rarity(pagesWithWord: number): number {
  return Math.log(1 + PAGES_IN_INDEX / Math.max(pagesWithWord, 1));
}

/**
 * A result's data as it was for this search. Pagefind, running on the page,
 * hands back the same object for every search that found a record and
 * rewrites its excerpt and parts each time, so it is copied at once.
 */
export async function dataOf(result: PagefindResult): Promise<PagefindData> {
  return { ...(await result.data()) };
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
 * One word searched alone: what each record scored for it, as a share of the
 * best, times how rare the word is, and whether the word is in its text.
 */
type WordMatches = {
  word: string;
  rarity: number;
  /** The share of the parts of its pages that have the word in their text. */
  share: number;
  records: Map<string, { score: number; inText: boolean; result: PagefindResult }>;
  pages: Set<string>;
};

function matchesOf(word: string, results: PagefindResult[]): WordMatches {
  const pages = new Set(results.map((r) => recordOf(r.id).page));
  const weight = rarity(pages.size);
  const best = Math.max(...results.map((r) => r.score ?? 1), 1e-9);
  const records = new Map(results.map((r) => [r.id, { score: ((r.score ?? 1) / best) * weight, inText: (r.words?.length ?? 1) > 0, result: r }]));
  const parts = new Map(results.map((r) => [recordOf(r.id).page, recordOf(r.id).parts]));
  const inText = [...records.values()].filter((r) => r.inText).length;
  const share = inText / Math.max([...parts.values()].reduce((sum, n) => sum + n, 0), 1);
  return { word, rarity: weight, share, records, pages };
}

type Page = { id: string; records: Set<string>; score: number; words: Set<string>; order: number };

/**
 * When every word names the page ("What is a heart cath like?"), the section
 * that talks about it most: each section holds the title once, so what is
 * counted past that is the section's own mentions. None when no section
 * mentions it more than any other part does.
 */
function mostMentions(ids: string[], matches: WordMatches[], everywhere: Set<string>): string | undefined {
  const naming = matches.filter((m) => !everywhere.has(m.word));
  const count = (id: string) => naming.reduce((sum, m) => sum + (m.records.get(id)?.result.words?.length ?? 0), 0);
  const counts = ids.map((id) => ({ id, n: count(id), part: recordOf(id).part }));
  const least = Math.min(...counts.map((c) => c.n));
  let best: { id: string; n: number; part: number } | undefined;
  for (const c of counts) if (c.part > 0 && c.n > least && (!best || c.n > best.n || (c.n === best.n && c.part < best.part))) best = c;
  return best?.id;
}

/**
 * A word in this share or more of the parts of the pages it is on ("the",
 * "your") cannot tell the parts apart. It also stops a false match choosing:
 * for a word the index does not have, Pagefind can match a short word that
 * it starts with ("abortion" finds "a"), found in nearly every part.
 */
const MOST_PARTS = 0.8;

/** How much a word among the page's search terms counts in choosing its part, against one of the reader's other words. */
const SEARCH_TERM_SHARE = 0.25;

/**
 * The record of a page that answers the query best. A word in the text of
 * every part of the page (its title) or on nearly every page ("x-ray",
 * "test") cannot say which part answers. A word among the page's search terms
 * (its metadata, on every part) says less than the reader's other words, but
 * may still choose: "pregnant" is a search term of the risks guide and the
 * title of its section on pregnancy. In each part, a word counts by how rare
 * it is on the site, and by how often it is in the part, with each mention
 * after the first adding less, so a part with more of the reader's words
 * wins over one that repeats one of them. When no section has a word that can
 * choose, the section that mentions the page's own words most answers, and
 * if none does, the page itself: its opening.
 */
function bestRecord(page: Page, matches: WordMatches[], everywhere: Set<string>): { id: string; word?: string } {
  const ids = [...page.records];
  const parts = recordOf(ids[0]).parts;
  const score = new Map<string, { total: number; top: number; word: string }>();
  for (const m of matches) {
    if (everywhere.has(m.word) || m.share >= MOST_PARTS) continue;
    const inText = ids.filter((id) => m.records.get(id)?.inText);
    if (!inText.length || inText.length === parts) continue;
    const searchTerm = ids.filter((id) => m.records.has(id)).length === parts;
    const weight = m.rarity * (searchTerm ? SEARCH_TERM_SHARE : 1);
    for (const id of inText) {
      const s = Math.log(1 + (m.records.get(id)!.result.words?.length ?? 1)) * weight;
      const seen = score.get(id) ?? { total: 0, top: 0, word: m.word };
      seen.total += s;
      if (s > seen.top) Object.assign(seen, { top: s, word: m.word });
      score.set(id, seen);
    }
  }
  // The opening (title, summary) touches on most of what the page covers, so it answers only when no section does.
  let chosen: string | undefined;
  for (const [id, s] of score) if (recordOf(id).part > 0 && s.total > (chosen ? score.get(chosen)!.total : 0)) chosen = id;
  if (chosen) return { id: chosen, word: score.get(chosen)!.word };
  return { id: mostMentions(ids, matches, everywhere) ?? ids.find((id) => recordOf(id).part === 0) ?? ids[0] };
}

/**
 * Searches the index for what a reader typed: the words are prepared first by
 * the rules of the page's language (lib/search/query.ts). The index holds one
 * record per part of a page (lib/search/records.ts), and each record's id
 * names its page, so pages are ranked and their best part chosen before any
 * record is loaded; then only the one record shown for each page is loaded.
 * A word matched only in a page's search terms (metadata, on every record of
 * the page) ranks the page but cannot choose its part.
 *
 * One or two words keep Pagefind's ranking of the parts that have them all,
 * each page placed by its best part. Longer questions, and any query that no
 * part fully matches, rank pages by the words they have: each word is
 * searched alone and counts by how rare it is, so a word on every page
 * ("hurt", "after") cannot outweigh the one that names what the reader asks
 * about; a page with every word gets a little more.
 */
export async function searchSite(api: PagefindApi, raw: string, limit: number, language: QueryLanguage): Promise<SiteSearchResult> {
  const prepared = prepare(raw, language);
  const none: SiteSearchResult = { prepared, hits: [], total: 0, fewerWords: false };
  if (!prepared.words.length) return none;
  const words = prepared.words;
  const all = (await api.search(words.join(' ')))?.results ?? [];
  const matches: WordMatches[] = [];
  for (const word of words) matches.push(matchesOf(word, words.length === 1 ? all : ((await api.search(word))?.results ?? [])));

  const pages = new Map<string, Page>();
  const pageOf = (id: string) => {
    const key = recordOf(id).page;
    let page = pages.get(key);
    if (!page) pages.set(key, (page = { id: key, records: new Set(), score: 0, words: new Set(), order: pages.size }));
    return page;
  };
  for (const r of all) {
    const page = pageOf(r.id);
    page.records.add(r.id);
    for (const word of words) page.words.add(word);
  }
  for (const m of matches) {
    const best = new Map<string, number>();
    for (const [id, { score }] of m.records) {
      const page = pageOf(id);
      page.records.add(id);
      page.words.add(m.word);
      best.set(page.id, Math.max(best.get(page.id) ?? 0, score));
    }
    for (const [id, score] of best) pages.get(id)!.score += score;
  }
  const withEveryWord = (p: Page) => p.words.size === words.length;
  let ranked: Page[];
  if (all.length && words.length <= 2) {
    // Pagefind's own order of the parts with every word, each page at its best part.
    const first = new Set(all.map((r) => recordOf(r.id).page));
    ranked = [...first].map((id) => pages.get(id)!);
  } else {
    const rank = (p: Page) => p.score * Math.sqrt(p.words.size / words.length) * (withEveryWord(p) ? 1.2 : 1);
    ranked = [...pages.values()].sort((a, b) => rank(b) - rank(a) || a.order - b.order);
  }

  // A part is loaded from the search that found it with every word, so its excerpt marks them all, or else from
  // the search for the word that chose it, so the excerpt shows that word.
  const withAll = new Map(all.map((r) => [r.id, r]));
  const resultOf = ({ id, word }: { id: string; word?: string }) =>
    withAll.get(id) ?? matches.find((m) => m.word === word)?.records.get(id)?.result ?? matches.find((m) => m.records.has(id))!.records.get(id)!.result;
  const shown = ranked.slice(0, limit);
  const hits = await Promise.all(shown.map(async (page) => toHit(await dataOf(resultOf(bestRecord(page, matches, language.everywhere))))));
  if (!hits.some((h) => matchesAWord(h, words))) return none;
  return { prepared, hits, total: ranked.length, fewerWords: !ranked.some(withEveryWord) };
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Matches in a page's title or its listed search terms count for more than a
 * passing mention in the text. Each record is one section, not a whole page,
 * so a long record is held back less for its length than Pagefind's default
 * (0.75): a long section is long because it has more to say.
 */
export const RANKING = { metaWeights: { title: 6, keywords: 8 }, pageLength: 0.5 };

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
