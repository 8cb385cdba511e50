import { searchTerms } from '@/content/data/search-terms';
import type { QueryLanguage } from './types';
import { wordSet } from './word-set';

/**
 * How the English search page reads a query. Stop words: question words,
 * pronouns, small joining words, and words on nearly every page; words that
 * matter to a patient ("after", "before", "pain", "drive", "long") are kept.
 * Written as the search compares them: lowercase, no apostrophes or accents.
 */
export const english: QueryLanguage = {
  terms: searchTerms,
  stop: wordSet(`
    a about above again all also am an and any anyone anybody are as at be been being but by can cant common could did do
    does doing done dont even ever for from get gets getting give go going got had has have having he heard her here hers
    him his how i id if im in information into involved is isnt it its ive just know knowing let lets like may maybe me
    might mine more most much my myself need needs no not now of ok okay on once one only possible possibly or other our
    out please question really recently say she should so some someone something still such suspect tell than thank thanks
    that thats the their them then there these they thing things this those to too um us very want wants was wasnt we
    were what whats when where which while who whom whose why will with wondering would wouldnt yes yet you your yours
    youre
    procedure procedures test tests exam exams examination x ray rays xray xrays
  `),
  everywhere: wordSet('x ray rays xray test tests procedure procedures scan fluoroscopy'),
};
