import { describe, expect, it } from 'vitest';
import { readabilityEs, syllablesEs } from './readability-es';

// Syllable counts from the Real Academia's rules (diphthong, hiatus, silent u), checked by hand.
const KNOWN: [string, number][] = [
  ['fluoroscopia', 4],
  ['radiografía', 5],
  ['rayos', 2],
  ['paciente', 3],
  ['embarazada', 5],
  ['hoy', 1],
  ['muy', 1],
  ['y', 1],
  ['guía', 2],
  ['país', 2],
  ['aéreo', 4],
  ['quirúrgico', 4],
  ['pingüino', 3],
  ['cigüeña', 3],
  ['que', 1],
  ['guerra', 2],
  ['agua', 2],
  ['ciudad', 2],
  ['buey', 1],
  ['médico', 3],
  ['tinte', 2],
  ['contraste', 3],
  ['bario', 2],
  ['leer', 2],
  ['poeta', 3],
  ['día', 2],
  ['aun', 1],
  ['ahora', 3],
  ['después', 2],
  ['riesgo', 2],
  ['prueba', 2],
  ['anestesia', 4],
  ['enfermera', 4],
];

describe('syllablesEs', () => {
  it.each(KNOWN)('counts %s as %i syllables', (word, count) => {
    expect(syllablesEs(word)).toBe(count);
  });

  it('counts capitals and accents like lower case', () => {
    expect(syllablesEs('RADIOGRAFÍA')).toBe(5);
  });
});

describe('readabilityEs', () => {
  it('scores short everyday sentences as easy', () => {
    const result = readabilityEs('La prueba no duele. Usted puede comer después. Traiga su carta del hospital.');
    expect(result.sentences).toBe(3);
    expect(result.words).toBe(13);
    expect(result.fernandezHuerta).toBeGreaterThan(80);
    expect(result.inflesz).toBe('muy fácil');
  });

  it('scores long sentences of long words as hard', () => {
    const result = readabilityEs(
      'La administración intravenosa de medios de contraste yodados hiperosmolares puede desencadenar reacciones de hipersensibilidad inmediatas o tardías en pacientes predispuestos con antecedentes alérgicos documentados.',
    );
    expect(result.fernandezHuerta).toBeLessThan(40);
    expect(result.longSentences).toHaveLength(1);
  });

  it('works the formulas from the counts', () => {
    // 3 words, 12 syllables (ma-ña-na to-ma-re-mos ra-dio-gra-fí-as), 1 sentence: 4 syllables a word.
    const result = readabilityEs('Mañana tomaremos radiografías.');
    expect(result.syllables).toBe(12);
    expect(result.fernandezHuerta).toBeCloseTo(206.84 - 0.6 * 400 - 1.02 * 3, 1);
    expect(result.szigrisztPazos).toBeCloseTo(206.835 - 62.3 * 4 - 3, 1);
  });
});
