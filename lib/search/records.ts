/**
 * The search index holds one record per part of a page (its opening, then
 * each h2 section), so a result loads only the part it shows, not the whole
 * page's text. Each record's id says which page and part it is, so the search
 * page can group results by page and choose a page's best part before it
 * loads anything. The build writes the ids (lib/build/pagefind-records.ts)
 * and the search page reads them (lib/search/pagefind.ts).
 *
 * An id is `<language>_<page>.<part>.<parts>.<hash>`: the page's number in its
 * language's index, the part's number (0 is the page's opening, before its
 * first h2), how many parts the page has, and the start of a hash of the
 * record's content, so a changed record never keeps an old name in a cache.
 */
export type RecordRef = {
  /** The page, unique within one language's index. */
  page: string;
  part: number;
  parts: number;
};

export function recordId(language: string, page: number, part: number, parts: number, hash: string): string {
  return `${language}_${page}.${part}.${parts}.${hash}`;
}

const ID = /^([a-z-]+_\d+)\.(\d+)\.(\d+)\.[0-9a-f]+$/i;

/** The page and part of a record, or, for an id of another shape, a page of one part. */
export function recordOf(id: string): RecordRef {
  const m = ID.exec(id);
  if (!m) return { page: id, part: 0, parts: 1 };
  return { page: m[1], part: Number(m[2]), parts: Number(m[3]) };
}
