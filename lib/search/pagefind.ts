/** The parts of Pagefind's browser API the search page uses. */
export type PagefindSubResult = { title: string; url: string; excerpt: string };
export type PagefindData = {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
};
export type PagefindApi = {
  init?: () => Promise<void>;
  options?: (o: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { id: string; data: () => Promise<PagefindData> }[] } | null>;
  debouncedSearch?: unknown;
};

export type SearchHit = { url: string; title: string; excerpt: string; section?: { title: string; url: string } };

/** One hit per page, with the best-matching section when it is not the page itself. */
export function toHit(data: PagefindData): SearchHit {
  const pageUrl = data.url;
  const section = data.sub_results.find((s) => s.url !== pageUrl && s.url.includes('#'));
  const best = section ?? data.sub_results[0];
  return {
    url: pageUrl,
    title: data.meta.title ?? pageUrl,
    excerpt: best?.excerpt ?? data.excerpt,
    section: section ? { title: section.title, url: section.url } : undefined,
  };
}

let loading: Promise<PagefindApi> | undefined;

/** Matches in a page's title or its listed search terms count for more than a passing mention in the text. */
export const RANKING = { metaWeights: { title: 6, keywords: 8 } };

/**
 * Loads the index written by scripts/postbuild.ts, ranked as above, once per
 * page. The URL is a variable so no bundler tries to resolve it.
 */
export function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<PagefindApi>).then(
    async (pagefind) => {
      await pagefind.options?.({ ranking: RANKING });
      return pagefind;
    },
  );
  return loading;
}
