import { QUERY_LANGUAGES } from './query';
import { dataOf, matchesAWord, namesPage, searchSite, sectionScore, toHit, type PagefindApi, type PagefindData, type PagefindResult } from './pagefind';

const at = (...scores: number[]) => scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i }));

const lp: PagefindData = {
  url: '/procedures/lumbar-puncture/',
  excerpt: 'page',
  meta: { title: 'Fluoroscopy-guided lumbar puncture' },
  sub_results: [
    { title: 'Lumbar puncture', url: '/procedures/lumbar-puncture/', excerpt: 'top', weighted_locations: at(900) },
    { title: 'What is it for?', url: '/procedures/lumbar-puncture/#what-is-it-for', excerpt: 'for', weighted_locations: at(5, 5) },
    { title: 'Will it hurt?', url: '/procedures/lumbar-puncture/#will-it-hurt', excerpt: 'hurt', weighted_locations: at(30) },
  ],
};

describe('sectionScore', () => {
  it('adds up the balanced score of every matched word in the section', () => {
    expect(sectionScore(lp.sub_results[1])).toBe(10);
  });

  it('counts a word in a heading by its weight once, not by its square', () => {
    const heading = { ...lp.sub_results[1], weighted_locations: [{ weight: 5, balanced_score: 25 * 512, location: 3 }] };
    expect(sectionScore(heading)).toBe(5 * 512);
  });
});

describe('toHit', () => {
  it('links the section with the best score of its own, never the page\'s top part', () => {
    const hit = toHit(lp);
    expect(hit.section).toEqual({ title: 'Will it hurt?', url: '/procedures/lumbar-puncture/#will-it-hurt' });
    expect(hit.excerpt).toBe('hurt');
  });

  it('adds subheadings and questions into their h2 section, then links the best of them', () => {
    const anchor = (element: string, id: string, location: number) => ({ element, id, text: id, location });
    const page: PagefindData = {
      url: '/procedures/vcug/',
      excerpt: 'page',
      meta: { title: 'VCUG' },
      anchors: [anchor('h2', 'during', 10), anchor('h2', 'common-questions', 50), anchor('h3', 'sleep', 52), anchor('h3', 'other-tests', 60)],
      sub_results: [
        { title: 'During', url: '/procedures/vcug/#during', excerpt: 'during', weighted_locations: at(30), anchor: anchor('h2', 'during', 10) },
        { title: 'Sleep?', url: '/procedures/vcug/#sleep', excerpt: 'sleep', weighted_locations: at(20), anchor: anchor('h3', 'sleep', 52) },
        { title: 'Other tests?', url: '/procedures/vcug/#other-tests', excerpt: 'other', weighted_locations: at(15), anchor: anchor('h3', 'other-tests', 60) },
      ],
    };
    const hit = toHit(page);
    expect(hit.section).toEqual({ title: 'Sleep?', url: '/procedures/vcug/#sleep' });
    expect(hit.excerpt).toBe('sleep');
  });

  it('gives no section when only the title or summary matched', () => {
    expect(toHit({ ...lp, sub_results: [lp.sub_results[0]] }).section).toBeUndefined();
  });

  it('adds up the scores of several searches, weighted', () => {
    const other = { ...lp, sub_results: [{ ...lp.sub_results[1], weighted_locations: at(40) }] };
    expect(toHit([lp, other], [1, 1]).section?.url).toBe('/procedures/lumbar-puncture/#what-is-it-for');
    expect(toHit([lp, other], [1, 0.1]).section?.url).toBe('/procedures/lumbar-puncture/#will-it-hurt');
  });
});

describe('namesPage', () => {
  const everywhere = QUERY_LANGUAGES.en.everywhere;
  it('knows the words of a page\'s title, allowing for endings, and words on every page', () => {
    expect(namesPage('puncture', 'Fluoroscopy-guided lumbar puncture', everywhere)).toBe(true);
    expect(namesPage('implant', 'Pacemaker and ICD implantation', everywhere)).toBe(true);
    expect(namesPage('test', 'Risks and radiation safety', everywhere)).toBe(true);
    expect(namesPage('headache', 'Fluoroscopy-guided lumbar puncture', everywhere)).toBe(false);
  });
});

describe('searchSite', () => {
  const result = (data: PagefindData, score: number): PagefindResult => ({ id: data.url, score, data: async () => data });
  const page = (url: string, title: string): PagefindData => ({ url, excerpt: title, meta: { title }, sub_results: [] });
  const risks = page('/risks/', 'Risks and radiation safety');
  const faq = page('/faq/', 'Questions people often ask');

  function api(byWords: Record<string, PagefindResult[]>): PagefindApi & { search: ReturnType<typeof vi.fn> } {
    return { search: vi.fn(async (words: string) => ({ results: byWords[words] ?? [] })) };
  }

  it('uses Pagefind\'s ranking for one or two words that a page has together', async () => {
    const found = await searchSite(api({ 'lumbar puncture': [result(lp, 5)] }), 'spinal tap', 5, QUERY_LANGUAGES.en);
    expect(found.hits.map((h) => h.url)).toEqual(['/procedures/lumbar-puncture/']);
    expect(found.fewerWords).toBe(false);
  });

  it('falls back to fewer words, and ranks a rare word above one found everywhere', async () => {
    const everywhere = Array.from({ length: 30 }, (_, i) => result(page(`/p${i}/`, `P${i}`), 10));
    const search = api({
      'hurt pregnant': [],
      hurt: [result(faq, 10), ...everywhere],
      pregnant: [result(risks, 10), result(faq, 2)],
    });
    const found = await searchSite(search, 'Can it hurt if I am pregnant?', 3, QUERY_LANGUAGES.en);
    expect(found.fewerWords).toBe(true);
    // /risks/ has only the rare word, /faq/ has both; 30 pages have only the common one.
    expect(found.hits.map((h) => h.url)).toEqual(['/risks/', '/faq/', '/p0/']);
    expect(found.total).toBe(32);
  });

  it('searches nothing for an empty query', async () => {
    const search = api({});
    expect((await searchSite(search, '   ', 5, QUERY_LANGUAGES.en)).hits).toEqual([]);
    expect(search.search).not.toHaveBeenCalled();
  });
});

describe('matchesAWord', () => {
  const hit = (excerpt: string) => ({ url: '/es/procedimientos/', title: 'Busque su prueba', excerpt });

  it('drops a page that matched only a lone letter of a longer query word', () => {
    expect(matchesAWord(hit('de la A a la <mark>Z.</mark> Cada prueba'), ['zzqqxx'])).toBe(false);
    expect(matchesAWord(hit('el <mark>tinte</mark> de contraste'), ['tintex'])).toBe(true);
  });

  it('keeps letters the reader asked for, and pages whose excerpt marks nothing', () => {
    expect(matchesAWord(hit('rayos <mark>X</mark>'), ['rayos', 'x'])).toBe(true);
    expect(matchesAWord(hit('Busque su prueba'), ['prueba'])).toBe(true);
  });
});

describe('dataOf', () => {
  it('keeps each search\'s sections although Pagefind rewrites one shared object per page', async () => {
    // Pagefind on the page returns the same object to every search, with the latest search's sections.
    const shared: PagefindData = { ...lp, sub_results: [lp.sub_results[1]] };
    const result: PagefindResult = { id: 'lp', data: async () => shared };
    const first = await dataOf(result);
    shared.sub_results = [lp.sub_results[2]];
    const second = await dataOf(result);
    expect(first.sub_results.map((s) => s.title)).toEqual(['What is it for?']);
    expect(second.sub_results.map((s) => s.title)).toEqual(['Will it hurt?']);
  });
});
