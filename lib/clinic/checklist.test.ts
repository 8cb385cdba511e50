import { beforeYourAppointment } from '@/content/data/checklist';
import { checklistEs } from '@/content/data/es/checklist';
import { dataSources } from '@/content/data/sources';
import { adviceFor } from '@/lib/clinic/advice';
import { MAX_GRADE, MAX_SENTENCE_WORDS, readability } from '@/lib/readability';
import { MAX_SENTENCE_WORDS_ES, MIN_PAGE_EASE, readabilityEs } from '@/lib/readability-es';

// content/data/ has no test folder of its own, so the appointment page's checklist is checked here.
describe('the appointment checklist', () => {
  const texts = beforeYourAppointment.map((item) => item.text);

  it('gives every item at least one https source', () => {
    for (const item of beforeYourAppointment) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('uses each checklist id once', () => {
    const ids = beforeYourAppointment.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it(`reads at US grade ${MAX_GRADE} or below, item by item`, () => {
    expect(texts.filter((text) => readability(text).grade > MAX_GRADE)).toEqual([]);
  });

  it(`keeps every sentence to ${MAX_SENTENCE_WORDS} words or fewer`, () => {
    expect(texts.flatMap((text) => readability(text).longSentences)).toEqual([]);
  });
});

describe('the advice for one test', () => {
  it('keeps only the checklist items that apply to it', () => {
    const swallow = adviceFor({ applies: ['barium-mouth'] }).checklist.map((item) => item.id);
    expect(swallow).toContain('eating-barium');
    expect(swallow).not.toContain('sedation');
    expect(swallow).not.toContain('contrast-reaction');
    expect(swallow).not.toContain('bowel-prep');
    const enema = adviceFor({ applies: ['enema', 'bowel-relaxant'] }).checklist.map((item) => item.id);
    expect(enema).toContain('bowel-prep');
  });

  it.each([
    ['barium swallow', ['barium-mouth'], /coronary|angiogra|hysterosalping|cystourethro|pacemaker|sedation/i],
    ['coronary angiography', ['artery-catheter', 'iodine-dye', 'heart', 'sedation', 'stent'], /barium|hysterosalping|cystourethro/i],
  ] as const)('cites for a %s only sources about that kind of test', (_, applies, foreign) => {
    const titles = adviceFor({ applies }).sources.map((source) => `${source.title} ${source.url}`);
    expect(titles.filter((title) => foreign.test(title))).toEqual([]);
  });

  it('shows every item, and the general cards, when the link names no test', () => {
    const general = adviceFor();
    expect(general.checklist).toHaveLength(beforeYourAppointment.length);
    expect(general.cards.map((card) => card.level)).toEqual(['emergency', 'urgent', 'non-urgent']);
  });

  it('lists each source once, only those behind what it shows', () => {
    const swallow = adviceFor({ applies: ['barium-mouth'] });
    const urls = swallow.sources.map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
    // Not the sources behind a catheter's bleeding sign or the sedation rule: a barium swallow has neither.
    for (const key of ['northernCareCoronary', 'hullCoronaryDischarge', 'guysSedationEd', 'lhchShockPlan'] as const) {
      expect(urls).not.toContain(dataSources[key].url);
    }
  });
});

describe('the appointment checklist in Spanish', () => {
  const english = beforeYourAppointment.map((item) => item.id).sort();
  const spanish = checklistEs as Record<string, string>;

  it('has Spanish words for every item, and none for an item that does not exist', () => {
    expect(Object.keys(spanish).sort()).toEqual(english);
  });

  it('shows the Spanish words on the Spanish page, for the same items in the same order', () => {
    const en = adviceFor({ applies: ['barium-mouth'] });
    const es = adviceFor({ applies: ['barium-mouth'] }, [], [], 'es');
    expect(es.checklist.map((item) => item.id)).toEqual(en.checklist.map((item) => item.id));
    expect(es.checklist.map((item) => item.text)).toEqual(es.checklist.map((item) => spanish[item.id]));
  });

  it(`reads easily: Fernández-Huerta ${MIN_PAGE_EASE} or more, sentences of ${MAX_SENTENCE_WORDS_ES} words or fewer`, () => {
    const all = Object.values(spanish).join(' ');
    expect(readabilityEs(all).fernandezHuerta).toBeGreaterThanOrEqual(MIN_PAGE_EASE);
    expect(Object.values(spanish).flatMap((text) => readabilityEs(text).longSentences)).toEqual([]);
  });
});
