/*
 * Reading ease of Spanish text: Fernández-Huerta (1959, with the correction
 * Gwillim Law published in 2011) and Szigriszt-Pazos's perspicuity, the score
 * the INFLESZ scale reads. No package computes them, and the Spanish syllable
 * splitters on npm bring test tools in as runtime dependencies, so syllables
 * are counted here: Spanish spelling marks them closely enough to count vowel
 * groups and then split the groups that are two syllables (hiatus).
 */

export type SpanishReadability = {
  /** Fernández-Huerta reading ease: 60 to 70 is ordinary adult text, 70 to 80 fairly easy, 80 and up easy. */
  fernandezHuerta: number;
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale (55 to 65 normal, 65 to 80 fairly easy). */
  szigrisztPazos: number;
  inflesz: 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';
  words: number;
  sentences: number;
  syllables: number;
  /** Sentences over the limit, for the author to shorten. */
  longSentences: string[];
};

export const MIN_PAGE_EASE = 60;
export const MIN_MEAN_EASE = 70;
export const MAX_SENTENCE_WORDS_ES = 20;

const STRONG = 'aeoáéóíú';
const VOWELS = 'aeiouáéíóúü';

/** The vowels of a word as a reader voices them: the u of "que", "qui", "gue", "gui" is silent. */
function voicedLetters(word: string): string {
  return word
    .toLowerCase()
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    // A final y after a vowel ("hoy", "muy") is part of that vowel's syllable; elsewhere y is a consonant, except alone.
    .replace(/(?<=[aeiouáéíóú])y$/, 'i')
    .replace(/^y$/, 'i');
}

/**
 * Syllables in one Spanish word. Each run of vowels is one syllable (a
 * diphthong or triphthong) unless two strong vowels meet (a, e, o, or a weak
 * vowel with an accent: í, ú), which start a new syllable.
 */
export function syllablesEs(word: string): number {
  const letters = voicedLetters(word);
  let count = 0;
  let previous = '';
  for (const letter of letters) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    // "h" between vowels does not stop a diphthong in speech, but is rare enough here to treat as a consonant.
    if (!previous) count += 1;
    else if (STRONG.includes(letter) && STRONG.includes(previous)) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(p\. ej|etc|Dr|Dra|Sr|Sra|aprox|núm|EE\. ?UU)\./g;

export function sentencesEs(text: string): string[] {
  return text
    .replace(ABBREVIATIONS, (match) => match.replace(/\./g, ''))
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/.test(s));
}

export function wordsEs(sentence: string): string[] {
  return sentence.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+(?:[-’'][A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+)*/g) ?? [];
}

function infleszOf(score: number): SpanishReadability['inflesz'] {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Both scores of plain Spanish text. Numbers count as one syllable, as a reader takes "6" at a glance. */
export function readabilityEs(text: string): SpanishReadability {
  const sentences = sentencesEs(text);
  let words = 0;
  let syllables = 0;
  const longSentences: string[] = [];
  for (const sentence of sentences) {
    const list = wordsEs(sentence);
    words += list.length;
    for (const word of list) syllables += /^\d/.test(word) ? 1 : syllablesEs(word);
    if (list.length > MAX_SENTENCE_WORDS_ES) longSentences.push(sentence);
  }
  if (!words) return { fernandezHuerta: 0, szigrisztPazos: 0, inflesz: 'muy difícil', words, sentences: 0, syllables, longSentences };
  const perWord = syllables / words;
  const perSentence = words / sentences.length;
  // Fernández-Huerta: P is syllables per 100 words, F words per sentence.
  const fernandezHuerta = 206.84 - 0.6 * (perWord * 100) - 1.02 * perSentence;
  const szigrisztPazos = 206.835 - 62.3 * perWord - perSentence;
  return {
    fernandezHuerta: round(fernandezHuerta),
    szigrisztPazos: round(szigrisztPazos),
    inflesz: infleszOf(szigrisztPazos),
    words,
    sentences: sentences.length,
    syllables,
    longSentences,
  };
}
