import { searchTerms, type SearchTerm } from '@/content/data/search-terms';

/**
 * Words that carry no meaning in a search of this site: question words,
 * pronouns and small joining words. Words that do matter to a patient
 * ("after", "before", "pain", "drive", "long") are kept.
 */
export const STOP_WORDS = new Set(
  (
    'a about above again all also am an and any anyone anybody are as at be been being but by can cant common could did do does ' +
    'doing ' +
    'done dont even ever for from get gets getting give go going got had has have having he heard her here hers him his how i id if im ' +
    'in information into involved is ' +
    'isnt it its ive just know knowing let lets like may maybe me might mine more most much my myself need needs no not now of ok okay on ' +
    'once one only possible possibly ' +
    'or other our out please question really recently say she should so some someone something still such suspect tell than thank ' +
    'thanks that thats the their ' +
    'them then there these they thing things this those to too um us very want wants was wasnt we were what whats when where ' +
    'which while who whom whose why will with wondering would wouldnt yes yet you your yours youre ' +
    // Words on nearly every page of this site, which only blur a search.
    'procedure procedures test tests exam exams examination x ray rays xray xrays'
  ).split(' '),
);

export type Correction = { from: string; to: string; misspelling: boolean };

export type PreparedQuery = {
  /** The words given to the search, in order, without repeats. */
  words: string[];
  /** The replacements made from content/data/search-terms.ts. */
  corrections: Correction[];
  /** The reader's own query with only its misspellings put right, when there were any. */
  didYouMean?: string;
};

/** Lowercase, with apostrophes dropped and every other mark (hyphens too) turned into a space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Rule = { phrase: string; means: string; misspelling: boolean };

function rulesOf(terms: SearchTerm[]): Rule[] {
  return terms
    .flatMap((t) => t.words.map((w) => ({ phrase: normalize(w), means: normalize(t.means), misspelling: Boolean(t.misspelling) })))
    .filter((r) => r.phrase)
    .sort((a, b) => b.phrase.split(' ').length - a.phrase.split(' ').length || b.phrase.length - a.phrase.length);
}

const DEFAULT_RULES = rulesOf(searchTerms);

/**
 * Replaces each listed word or phrase, longest first and never inside a
 * longer word, once per place in the text. Replaced text is not matched again.
 */
function replacePhrases(tokens: string[], rules: Rule[], only?: (r: Rule) => boolean) {
  const out: string[] = [];
  const corrections: Correction[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const rule of rules) {
      if (only && !only(rule)) continue;
      const parts = rule.phrase.split(' ');
      if (parts.every((p, k) => tokens[i + k] === p)) {
        out.push(...rule.means.split(' '));
        corrections.push({ from: rule.phrase, to: rule.means, misspelling: rule.misspelling });
        i += parts.length;
        continue outer;
      }
    }
    out.push(tokens[i]);
    i += 1;
  }
  return { tokens: out, corrections };
}

/**
 * Turns what a reader typed into the words to search for: lay words and
 * misspellings become the site's words, then question words and stop words
 * are dropped. If nothing is left (a query of only stop words), the
 * normalized words are searched as they are.
 */
export function prepareQuery(raw: string, terms?: SearchTerm[]): PreparedQuery {
  const rules = terms ? rulesOf(terms) : DEFAULT_RULES;
  const tokens = normalize(raw).split(' ').filter(Boolean);
  const { tokens: mapped, corrections } = replacePhrases(tokens, rules);
  const kept = mapped.filter((w) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  const words = [...new Set(kept.length ? kept : mapped)];
  const prepared: PreparedQuery = { words, corrections };
  if (corrections.some((c) => c.misspelling)) {
    prepared.didYouMean = replacePhrases(tokens, rules, (r) => r.misspelling).tokens.join(' ');
  }
  return prepared;
}
