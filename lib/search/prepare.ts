import type { SearchTerm } from '@/content/data/search-terms';
import type { QueryLanguage } from './languages/types';

export type Correction = { from: string; to: string; misspelling: boolean };

export type PreparedQuery = {
  /** The words given to the search, in order, without repeats. */
  words: string[];
  /** The replacements made from the language's list in content/data/. */
  corrections: Correction[];
  /** The reader's own query with only its misspellings put right, when there were any. */
  didYouMean?: string;
};

/** Lowercase, with apostrophes dropped and every other mark (hyphens too) turned into a space; accents kept. */
function tidy(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * What the search compares: lowercase, with apostrophes dropped, every other
 * mark turned into a space and accents taken off, so "Qué", "que" and "QUE",
 * or "colonoscopía" and "colonoscopia", are one word.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A word of the query as compared, and as the reader wrote it (for "Did you mean"). */
type Token = { word: string; shown: string };

function tokensOf(raw: string): Token[] {
  return tidy(raw)
    .split(' ')
    .flatMap((piece) => {
      const parts = normalize(piece).split(' ').filter(Boolean);
      return parts.length === 1 ? [{ word: parts[0], shown: piece }] : parts.map((word) => ({ word, shown: word }));
    });
}

type Rule = { phrase: string[]; means: Token[]; misspelling: boolean };

function rulesOf(terms: SearchTerm[]): Rule[] {
  return terms
    .flatMap((t) => t.words.map((w) => ({ phrase: normalize(w).split(' ').filter(Boolean), means: tokensOf(t.means), misspelling: Boolean(t.misspelling) })))
    .filter((r) => r.phrase.length)
    .sort((a, b) => b.phrase.length - a.phrase.length || b.phrase.join(' ').length - a.phrase.join(' ').length);
}

/** Each list's rules, worked out once. */
const RULES = new WeakMap<SearchTerm[], Rule[]>();

function rulesFor(terms: SearchTerm[]): Rule[] {
  let rules = RULES.get(terms);
  if (!rules) {
    rules = rulesOf(terms);
    RULES.set(terms, rules);
  }
  return rules;
}

/**
 * Replaces each listed word or phrase, longest first and never inside a
 * longer word, once per place in the text. Replaced text is not matched again.
 */
function replacePhrases(tokens: Token[], rules: Rule[], only?: (r: Rule) => boolean) {
  const out: Token[] = [];
  const corrections: Correction[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const rule of rules) {
      if (only && !only(rule)) continue;
      if (rule.phrase.every((p, k) => tokens[i + k]?.word === p)) {
        out.push(...rule.means);
        corrections.push({ from: rule.phrase.join(' '), to: rule.means.map((t) => t.word).join(' '), misspelling: rule.misspelling });
        i += rule.phrase.length;
        continue outer;
      }
    }
    out.push(tokens[i]);
    i += 1;
  }
  return { tokens: out, corrections };
}

/**
 * Turns what a reader typed into the words to search for, by the rules of the
 * page's language: lay words and misspellings become the site's words, then
 * question words and stop words are dropped. If nothing is left (a query of
 * only stop words), the normalized words are searched as they are.
 */
export function prepare(raw: string, language: QueryLanguage): PreparedQuery {
  const rules = rulesFor(language.terms);
  const stop = language.stop;
  const tokens = tokensOf(raw);
  const { tokens: mapped, corrections } = replacePhrases(tokens, rules);
  const all = mapped.map((t) => t.word);
  const kept = all.filter((w) => !stop.has(w) && (w.length > 1 || /\d/.test(w)));
  const words = [...new Set(kept.length ? kept : all)];
  const prepared: PreparedQuery = { words, corrections };
  if (corrections.some((c) => c.misspelling)) {
    prepared.didYouMean = replacePhrases(tokens, rules, (r) => r.misspelling)
      .tokens.map((t) => t.shown)
      .join(' ');
  }
  return prepared;
}
