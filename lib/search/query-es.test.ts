import { prepareQuery, QUERY_LANGUAGES } from './query';
import { searchSite, type PagefindApi, type PagefindData, type PagefindResult } from './pagefind';

const es = (raw: string) => prepareQuery(raw, 'es');

describe('prepareQuery in Spanish', () => {
  it('drops Spanish question words, small words and the verbs a question is built on', () => {
    expect(es('¿Qué es un trago de bario?').words).toEqual(['trago', 'bario']);
    expect(es('¿Puedo manejar después de la prueba?').words).toEqual(['manejar', 'despues']);
    expect(es('¿Cuánto dura el estudio de la deglución?').words).toEqual(['dura', 'estudio', 'deglucion']);
  });

  it('ignores accents and capitals, so a word typed either way is one word', () => {
    expect(es('RADIACIÓN').words).toEqual(es('radiacion').words);
    expect(es('colonoscopía').words).toEqual(['colonoscopia']);
    expect(es('¿Cómo se protege a los niños?').words).toEqual(es('como se protege a los ninos').words);
  });

  it('maps lay words, letter abbreviations and English names on US letters to the Spanish pages\' words', () => {
    expect(es('tinta').words).toEqual(['tinte']);
    expect(es('medio de contraste').words).toEqual(['tinte']);
    expect(es('Soy alérgica a los mariscos').words).toEqual(['alergica', 'tinte']);
    expect(es('estoy encinta').words).toEqual(['embarazada']);
    expect(es('cateterismo cardíaco').words).toEqual(['angiografia', 'coronaria']);
    expect(es('enema de bario').words).toEqual(['enema', 'contraste']);
    expect(es('VCUG').words).toEqual(['cistouretrografia', 'miccional']);
    expect(es('heart cath').words).toEqual(['angiografia', 'coronaria']);
    expect(es('¿Me va a doler?').words).toEqual(['doler']);
    expect(es('parálisis').words).toEqual(['medula', 'espinal']);
    expect(es('dolor de espalda').words).toEqual(['dolor', 'espalda']);
  });

  it('keeps a tube in the bladder apart from a feeding tube', () => {
    expect(es('sonda en la vejiga').words).toEqual(['sonda', 'vejiga']);
    expect(es('sonda').words).toEqual(['sonda', 'alimentacion']);
  });

  it('writes "rayos equis" as the pages do, and searches it even though both words are everywhere', () => {
    expect(es('rayos equis').words).toEqual(['rayos', 'x']);
  });

  it('puts misspellings right and offers "¿Quiso decir …?" with accents, keeping the rest as typed', () => {
    expect(es('embarasada').words).toEqual(['embarazada']);
    expect(es('embarasada').didYouMean).toBe('embarazada');
    expect(es('¿Qué es una mielogafia?').didYouMean).toBe('qué es una mielografía');
    expect(es('trago de vario').didYouMean).toBe('trago de bario');
  });

  it('leaves real words alone when they are only a misspelling next to the test\'s other words', () => {
    expect(es('vario').words).toEqual(['vario']);
    expect(es('vario').didYouMean).toBeUndefined();
    expect(es('tinte').didYouMean).toBeUndefined();
  });

  it('uses the Spanish rules only on the Spanish page', () => {
    expect(prepareQuery('de la', 'en').words).toEqual(['de', 'la']);
    expect(prepareQuery('can I drive', 'es').words).toEqual(['can', 'drive']);
  });
});

describe('searchSite in Spanish', () => {
  const page = (url: string, title: string): PagefindData => ({ url, excerpt: title, meta: { title }, sub_results: [] });
  const result = (data: PagefindData, score: number): PagefindResult => ({ id: data.url, score, data: async () => data });
  const riesgos = page('/es/riesgos/', 'Riesgos y seguridad de la radiación');
  const hsg = page('/es/procedimientos/histerosalpingografia/', 'Histerosalpingografía (HSG)');

  it('falls back to fewer words when no page has them all', async () => {
    const search = vi.fn(async (words: string) => ({
      results: ({ doler: [result(hsg, 5)], embarazada: [result(riesgos, 8)] } as Record<string, PagefindResult[]>)[words] ?? [],
    }));
    const found = await searchSite({ search } satisfies PagefindApi, '¿Me duele si estoy embarazada?', 5, QUERY_LANGUAGES.es);
    expect(search).toHaveBeenCalledWith('doler embarazada');
    expect(found.fewerWords).toBe(true);
    expect(found.hits.map((h) => h.url).sort()).toEqual(['/es/procedimientos/histerosalpingografia/', '/es/riesgos/']);
  });
});

describe('searchSite when the Spanish index only matched a lone letter', () => {
  it('finds nothing rather than the "Z" of "de la A a la Z"', async () => {
    const indice: PagefindData = { url: '/es/procedimientos/', excerpt: 'de la A a la <mark>Z.</mark>', meta: { title: 'Busque su prueba' }, sub_results: [] };
    const search = vi.fn(async () => ({ results: [{ id: indice.url, score: 1, data: async () => indice }] }));
    const found = await searchSite({ search }, 'zzqqxx', 5, QUERY_LANGUAGES.es);
    expect(found.hits).toEqual([]);
    expect(found.total).toBe(0);
  });
});
