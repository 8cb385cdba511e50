import { QUERY_LANGUAGES } from './query';
import { dataOf, matchesAWord, searchSite, sectionScore, toHit, type PagefindApi, type PagefindData, type PagefindResult } from './pagefind';

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
  const anchor = (id: string, location: number, element = 'h2') => ({ element, id, text: id, location });
  const section: PagefindData = {
    url: '/procedures/vcug/#common-questions',
    excerpt: 'record',
    meta: { title: 'VCUG' },
    sub_results: [
      // The page's title, which every section's record starts with.
      { title: 'VCUG', url: '/procedures/vcug/#common-questions', excerpt: 'title', weighted_locations: at(900) },
      { title: 'Common questions', url: '/procedures/vcug/#common-questions', excerpt: 'questions', weighted_locations: at(5), anchor: anchor('common-questions', 2) },
      { title: 'Can my child be sedated?', url: '/procedures/vcug/#sedated', excerpt: 'sedated', weighted_locations: at(20), anchor: anchor('sedated', 4, 'h3') },
    ],
  };

  it('links the page, and the headed part of the section that scored best, never the title it starts with', () => {
    const hit = toHit(section);
    expect(hit.url).toBe('/procedures/vcug/');
    expect(hit.title).toBe('VCUG');
    expect(hit.section).toEqual({ title: 'Can my child be sedated?', url: '/procedures/vcug/#sedated' });
    expect(hit.excerpt).toBe('sedated');
  });

  it('links the section itself when only its page\'s title matched in it', () => {
    const titleOnly = { ...section, sub_results: [section.sub_results[0], { ...section.sub_results[1], weighted_locations: [] }] };
    expect(toHit(titleOnly).section).toEqual({ title: 'Common questions', url: '/procedures/vcug/#common-questions' });
  });

  it('gives no section for the page\'s opening (title and summary)', () => {
    expect(toHit({ ...lp, sub_results: [lp.sub_results[0]] }).section).toBeUndefined();
  });
});

describe('searchSite', () => {
  type Fake = { id: string; score: number; words?: number[]; data: PagefindData };
  const record = (id: string, url: string, title: string, score: number, words = [1]): Fake => ({
    id,
    score,
    words,
    data: { url, excerpt: `${title} <mark>word</mark>`, meta: { title }, sub_results: [] },
  });

  function api(byWords: Record<string, Fake[]>) {
    const loaded: string[] = [];
    const search = vi.fn(async (words: string) => ({
      results: (byWords[words] ?? []).map(
        (f): PagefindResult => ({ id: f.id, score: f.score, words: f.words, data: async () => (loaded.push(f.id), f.data) }),
      ),
    }));
    return { api: { search } as PagefindApi, search, loaded };
  }

  it('keeps Pagefind\'s order for one or two words, with one result per page at its best part', async () => {
    const hurt = record('en_4.3.5.a1', '/procedures/lumbar-puncture/#will-it-hurt', 'Lumbar puncture', 9);
    const other = record('en_4.1.5.a2', '/procedures/lumbar-puncture/#at-a-glance', 'Lumbar puncture', 8);
    const myelo = record('en_6.2.4.b1', '/procedures/myelogram/#will-it-hurt', 'Myelogram', 7);
    const { api: search } = api({ 'lumbar puncture': [hurt, other, myelo] });
    const found = await searchSite(search, 'spinal tap', 5, QUERY_LANGUAGES.en);
    expect(found.hits.map((h) => h.url)).toEqual(['/procedures/lumbar-puncture/', '/procedures/myelogram/']);
    expect(found.total).toBe(2);
    expect(found.fewerWords).toBe(false);
  });

  it('ranks a page with a rare word of the question above pages with a word found everywhere', async () => {
    const everywhere = Array.from({ length: 30 }, (_, i) => record(`en_${i + 10}.1.2.c${i.toString(16)}`, `/p${i}/#a`, `P${i}`, 10));
    const risks = record('en_1.2.3.d1', '/risks/#pregnant', 'Risks', 10);
    // The questions page has both words, in two of its parts.
    const faqHurt = record('en_2.1.3.e1', '/faq/#during', 'Questions', 10);
    const faqPregnant = record('en_2.2.3.e2', '/faq/#after', 'Questions', 2);
    const { api: search } = api({ 'hurt pregnant': [], hurt: [faqHurt, ...everywhere], pregnant: [risks, faqPregnant] });
    const found = await searchSite(search, 'Can it hurt if I am pregnant?', 3, QUERY_LANGUAGES.en);
    expect(found.hits.map((h) => h.url)).toEqual(['/risks/', '/faq/', '/p0/']);
    expect(found.total).toBe(32);
    expect(found.fewerWords).toBe(false);
  });

  it('falls back to fewer words when no page has them all, and says so', async () => {
    const barium = record('en_1.1.2.d1', '/procedures/barium-swallow/#a', 'Barium swallow', 10);
    const { api: search } = api({ 'barium zebra': [], barium: [barium], zebra: [] });
    const found = await searchSite(search, 'barium zebra', 5, QUERY_LANGUAGES.en);
    expect(found.hits.map((h) => h.url)).toEqual(['/procedures/barium-swallow/']);
    expect(found.fewerWords).toBe(true);
  });

  it('chooses a page\'s part by the reader\'s words that are not in all of it, and loads only that part', async () => {
    // "lumbar" and "puncture" are in every part of the page (its title); only "headache" can choose.
    const parts = ['opening', 'will-it-hurt', 'risks'].map((id, part) =>
      record(`en_4.${part}.3.f${part}`, part ? `/procedures/lumbar-puncture/#${id}` : '/procedures/lumbar-puncture/', 'Lumbar puncture', 10),
    );
    const withHeadache = { ...parts[2], words: [3, 9, 14] };
    const { api: search, loaded } = api({
      'headache lumbar puncture': [withHeadache],
      headache: [{ ...withHeadache, score: 4 }, { ...parts[1], score: 3, words: [5] }],
      lumbar: parts,
      puncture: parts,
    });
    const found = await searchSite(search, 'headache after a lumbar puncture', 5, QUERY_LANGUAGES.en);
    expect(found.hits).toHaveLength(1);
    expect(loaded).toEqual(['en_4.2.3.f2']);
  });

  it('lets a page\'s search term count less than the reader\'s other words in choosing the part', async () => {
    // "pregnant" is a search term of the page: its metadata matches every part, its text only some.
    const parts = [0, 1, 2].map((part) => record(`en_3.${part}.3.a${part}`, `/risks/#s${part}`, 'Risks', 10, []));
    const { api: search, loaded } = api({
      'breastfeed pregnant': [],
      breastfeed: [{ ...parts[1], words: [4] }],
      pregnant: [{ ...parts[1], words: [] }, { ...parts[2], words: [2, 6, 9, 12] }, parts[0]],
    });
    await searchSite(search, 'pregnant breastfeed', 5, QUERY_LANGUAGES.en);
    expect(loaded).toEqual(['en_3.1.3.a1']);
  });

  it('does not let a word found in nearly every part choose, such as the "a" Pagefind matches for an unknown word', async () => {
    const part = (n: number, words: number[]) => record(`en_3.${n}.5.c${n}`, `/risks/#s${n}`, 'Risks', 10, words);
    const { api: search, loaded } = api({
      'pregnant abortion': [],
      // A search term of the page: in the metadata of every part, in the text of part 2 only.
      pregnant: [part(0, []), part(1, []), part(2, [7]), part(3, []), part(4, [])],
      // "a", in 4 of the 5 parts, and often in part 4.
      abortion: [part(1, [2]), part(2, [3]), part(3, [4]), part(4, [1, 5, 9, 14, 20, 31])],
    });
    await searchSite(search, 'pregnant abortion', 5, QUERY_LANGUAGES.en);
    expect(loaded).toEqual(['en_3.2.5.c2']);
  });

  it('answers with the page\'s opening when no section has a word that can choose', async () => {
    const opening = record('en_5.0.2.b0', '/procedures/myelogram/', 'Myelogram', 10, [0]);
    const section = record('en_5.1.2.b1', '/procedures/myelogram/#risks', 'Myelogram', 9, [0]);
    const { api: search, loaded } = api({ myelogram: [opening, section] });
    const found = await searchSite(search, 'myelogram', 5, QUERY_LANGUAGES.en);
    expect(loaded).toEqual(['en_5.0.2.b0']);
    expect(found.hits[0].section).toBeUndefined();
  });

  it('searches nothing for an empty query', async () => {
    const { api: search, search: spy } = api({});
    expect((await searchSite(search, '   ', 5, QUERY_LANGUAGES.en)).hits).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
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
