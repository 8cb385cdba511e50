/**
 * Recognises the React Server Components payloads `next build` writes beside
 * exported pages, by Next's own names: "index.txt" next to an "index.html"
 * (the page's full payload), the root's "index.txt", and
 * "__next.<segment>.txt" files (one per route segment, for prefetching).
 * Paths are relative to out/, with either separator.
 */
export function isNextPayload(relative: string, exists: (relative: string) => boolean): boolean {
  const parts = relative.split(/[\\/]/);
  const name = parts[parts.length - 1];
  if (/^__next\.[^/]*\.txt$/.test(name)) return true;
  if (name !== 'index.txt') return false;
  return exists([...parts.slice(0, -1), 'index.html'].join('/'));
}
