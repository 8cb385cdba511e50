import type { DurationId, durations } from '../durations';

/*
 * The Spanish wording of the duration notes of content/data/durations.ts; the
 * times, units and sources stay there (the unit is a key, worded where the
 * duration is shown). Only the entries with an English note are here, and
 * each of them must be.
 */
type NotedDurationId = {
  [K in DurationId]: (typeof durations)[K] extends { note: string } ? K : never;
}[DurationId];

export const durationNotesEs = {
  'small-bowel-follow-through': 'A veces hasta 6 horas, porque depende de lo rápido que el bario pase por el intestino.',
  hysterosalpingogram: 'La mayoría tarda de 15 a 30 minutos; algunos centros dan hasta 45.',
  arthrogram: 'Los tiempos más largos incluyen el tiempo para prepararse.',
  myelogram: 'Por lo general, justo después le hacen una tomografía (TAC).',
  'coronary-angiography': 'Tarda más, a menudo de 1 a 2 horas, si también se coloca un stent.',
} satisfies Record<NotedDurationId, string>;
