import type { DoseId, doses } from '../doses';

/*
 * The Spanish wording of the dose labels and notes of content/data/doses.ts.
 * The numbers and sources stay there. An entry has a Spanish note exactly
 * when its English entry has a note.
 */
type DoseTextEs = {
  [K in DoseId]: { label: string } & ((typeof doses)[K] extends { note: string } ? { note: string } : { note?: never });
};

export const dosesEs = {
  'chest-x-ray': { label: 'Radiografía del pecho (una imagen)' },
  'barium-swallow': { label: 'Trago de bario' },
  hysterosalpingogram: { label: 'Histerosalpingografía (HSG)', note: 'De un estudio de 2003.' },
  'upper-gi-series': {
    label: 'Serie gastrointestinal superior (comida de bario)',
    note: 'Las cifras del Reino Unido son más bajas que las de Estados Unidos porque se miden de otra forma.',
  },
  'small-bowel-follow-through': { label: 'Tránsito intestinal' },
  'contrast-enema': { label: 'Enema de bario' },
  'voiding-cystourethrogram': {
    label: 'Cistouretrografía miccional (VCUG), en niños',
    note: 'Se midió en 118 niños en un estudio (2006). La dosis depende de la edad y el tamaño del niño.',
  },
  'swallow-study': {
    label: 'Estudio de la deglución con videofluoroscopia',
    note: 'El valor central (la mediana) de 21 adultos en un estudio (2004).',
  },
  'coronary-angiography': {
    label: 'Angiografía coronaria',
    note: 'Cerca de 7 mSv para ver las arterias; cerca de 15 mSv si también se coloca un stent.',
  },
  'interventional-procedures': {
    label: 'Procedimientos intervencionistas (rango general)',
    note: 'Los tratamientos largos y complejos están en la parte alta de este rango.',
  },
} satisfies DoseTextEs;
