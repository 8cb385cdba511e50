import { normalize } from './prepare';
import { prepareQuery } from './query';

describe('normalize', () => {
  it('lowercases, drops apostrophes and turns marks and hyphens into spaces', () => {
    expect(normalize("Can't I drive home? (after a heart-cath)")).toBe('cant i drive home after a heart cath');
  });
});

describe('prepareQuery', () => {
  it('drops question words and stop words', () => {
    expect(prepareQuery('Can I drive home?').words).toEqual(['drive', 'home']);
    expect(prepareQuery('What is a barium swallow?').words).toEqual(['barium', 'swallow']);
  });

  it('maps lay words and abbreviations to the site\'s words', () => {
    expect(prepareQuery('heart cath').words).toEqual(['coronary', 'angiography']);
    expect(prepareQuery('cardiac cath recovery').words).toEqual(['coronary', 'angiography', 'afterwards']);
    expect(prepareQuery('spinal tap').words).toEqual(['lumbar', 'puncture']);
    expect(prepareQuery('Can a lumbar puncture cause paralysis?').words).toEqual(['lumbar', 'puncture', 'cause', 'spinal', 'cord']);
    expect(prepareQuery('PEG').words).toEqual(['feeding', 'tube']);
    expect(prepareQuery('RIG tube').words).toEqual(['feeding', 'tube']);
    expect(prepareQuery('MBS').words).toEqual(['swallow', 'study']);
    expect(prepareQuery('barium meal').words).toEqual(['upper', 'gi', 'series']);
    expect(prepareQuery('iodine allergy').words).toEqual(['allergic', 'dye']);
    expect(prepareQuery('allergic to shellfish').words).toEqual(['allergic', 'dye']);
    expect(prepareQuery('driving restrictions after having a PM').words).toEqual(['driving', 'restrictions', 'after', 'pacemaker']);
  });

  it('matches whole words and phrases only', () => {
    expect(prepareQuery('rigid').words).toEqual(['rigid']);
    expect(prepareQuery('pegs').words).toEqual(['pegs']);
  });

  it('puts misspellings right and offers "Did you mean" with the rest of the query as typed', () => {
    const q = prepareQuery('Why does a myelagram cause headaches');
    expect(q.words).toEqual(['myelogram', 'cause', 'headaches']);
    expect(q.didYouMean).toBe('why does a myelogram cause headaches');
    expect(prepareQuery('fluroscopy').didYouMean).toBe('fluoroscopy');
    expect(prepareQuery('small bowell follow thru').words).toEqual(['small', 'bowel', 'follow', 'through']);
    expect(prepareQuery('small bowell follow thru').didYouMean).toBe('small bowel follow through');
  });

  it('offers no "Did you mean" for a lay word that is not a misspelling', () => {
    expect(prepareQuery('heart cath').didYouMean).toBeUndefined();
    expect(prepareQuery('barium').didYouMean).toBeUndefined();
  });

  it('keeps the words of a query made only of stop words, so something is searched', () => {
    expect(prepareQuery('what is it').words).toEqual(['what', 'is', 'it']);
  });

  it('lists each word once', () => {
    expect(prepareQuery('pregnant pregnancy fetus').words).toEqual(['pregnant']);
  });

  it('reads a list given in place of the site\'s own', () => {
    expect(prepareQuery('zorb', 'en', [{ words: ['zorb'], means: 'barium' }]).words).toEqual(['barium']);
  });
});
