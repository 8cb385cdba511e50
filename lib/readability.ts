import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export type Readability = {
  grade: number;
  words: number;
  sentences: number;
  /** Sentences over the limit, for the author to shorten. */
  longSentences: string[];
};

export const MAX_GRADE = 8;
export const MAX_SENTENCE_WORDS = 20;

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|vs|approx|St)\./g;

export function sentencesOf(text: string): string[] {
  return text
    .replace(ABBREVIATIONS, (match) => match.replace('.', ''))
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/**
 * Flesch-Kincaid grade of plain text, with syllables from the `syllable`
 * package. Numbers count as one-syllable words, as a reader says "6" quickly.
 */
export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  let words = 0;
  let syllables = 0;
  const longSentences: string[] = [];
  for (const sentence of sentences) {
    const list = wordsOf(sentence);
    words += list.length;
    for (const word of list) syllables += /^\d/.test(word) ? 1 : Math.max(1, syllable(word));
    if (list.length > MAX_SENTENCE_WORDS) longSentences.push(sentence);
  }
  const grade = words ? fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables }) : 0;
  return { grade: Math.round(grade * 10) / 10, words, sentences: sentences.length, longSentences };
}
