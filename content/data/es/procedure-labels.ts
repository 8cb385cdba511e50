import type { BodyGroup, contrastKinds, settings } from '../../schema/procedure';

/*
 * The Spanish wording of the three label records of content/schema/procedure.ts
 * (the tests index groups, and the contrast and hospital-stay lines of the
 * At a glance card), under the same keys the procedure pages use.
 */
export const bodyGroupsEs = {
  digestive: 'Aparato digestivo (esófago, estómago e intestino)',
  swallowing: 'Tragar (deglución)',
  heart: 'Corazón y vasos sanguíneos',
  'lines-tubes': 'Vías, sondas y catéteres',
  'bones-joints': 'Huesos y articulaciones',
  spine: 'Columna y nervios',
  urinary: 'Riñones y vejiga',
  reproductive: 'Útero (matriz) y trompas de Falopio',
} satisfies Record<BodyGroup, string>;

export const contrastKindsEs = {
  none: 'Ninguno',
  barium: 'Bario (una bebida espesa, como tiza, o un enema)',
  iodine: 'Tinte de contraste con yodo (tinte de rayos X)',
  'barium-or-iodine': 'Bario, o en algunos casos tinte de contraste con yodo',
  'iodine-or-gadolinium': 'Tinte de rayos X con yodo, o tinte para resonancia (gadolinio) si después le hacen una resonancia magnética',
} satisfies Record<keyof typeof contrastKinds, string>;

export const settingsEs = {
  outpatient: 'Ambulatorio: se va a casa el mismo día, poco después',
  'day-case': 'Hospital de día: se va a casa el mismo día, después de descansar',
  'day-case-or-overnight': 'Por lo general, hospital de día; algunas personas se quedan una noche',
} satisfies Record<keyof typeof settings, string>;
