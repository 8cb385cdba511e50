import { beforeYourAppointment, checklistSources, whenToGetHelp } from '@/content/data/checklist';
import { MAX_GRADE, MAX_SENTENCE_WORDS, readability } from '@/lib/readability';

// content/data/ has no test folder of its own, so the appointment page's advice is checked here.
describe('the appointment checklist and warning signs', () => {
  const texts = [
    ...beforeYourAppointment.map((item) => item.text),
    ...whenToGetHelp.flatMap((card) => [card.heading, ...card.signs.map((sign) => `${sign}.`)]),
  ];

  it('give every item at least one https source', () => {
    for (const item of [...beforeYourAppointment, ...whenToGetHelp]) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('use each checklist id once', () => {
    const ids = beforeYourAppointment.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it(`read at US grade ${MAX_GRADE} or below, item by item`, () => {
    expect(texts.filter((text) => readability(text).grade > MAX_GRADE)).toEqual([]);
  });

  it(`keep every sentence to ${MAX_SENTENCE_WORDS} words or fewer`, () => {
    expect(texts.flatMap((text) => readability(text).longSentences)).toEqual([]);
  });

  it('list each source once for the page', () => {
    const urls = checklistSources().map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBeGreaterThan(5);
  });

  it('go from the most urgent card to the least', () => {
    expect(whenToGetHelp.map((card) => card.level)).toEqual(['emergency', 'urgent', 'non-urgent']);
  });
});
