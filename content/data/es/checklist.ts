/*
 * The Spanish wording of the "Before your appointment" items of
 * content/data/checklist.ts, keyed by each item's id. Which tests an item
 * shows for, and its sources, stay in the English list. The English ids are
 * plain strings there, so the type here cannot name them: keep one entry per
 * English item.
 */
export const checklistEs = {
  medicines:
    'Dígale a su equipo de atención si toma medicinas para diluir la sangre (anticoagulantes) o para la diabetes. No deje de tomar ninguna medicina, a menos que su equipo se lo indique.',
  'medicines-barium':
    'Siga tomando sus medicinas de siempre, a menos que su carta diga que no. Si tiene diabetes, avise al departamento de rayos X antes del día de la prueba.',
  'contrast-reaction': 'Avíseles si alguna vez tuvo una reacción al tinte de rayos X (contraste).',
  pregnancy: 'Si está embarazada o puede estarlo, dígaselo al personal antes de la prueba.',
  'eating-barium': 'Su estómago tiene que estar vacío. Vea en su carta cuándo dejar de comer y beber.',
  eating: 'Es posible que tenga que dejar de comer y beber unas horas antes. Su carta le dirá cuándo.',
  'bowel-prep':
    'Siga los pasos de su carta para vaciar el intestino. A menudo son una dieta especial y un laxante el día antes.',
  sedation:
    '¿Le van a dar sedación o anestesia general? Entonces pida a un adulto que le lleve a casa y se quede con usted 24 horas. No maneje durante 24 horas.',
  metal: 'Tendrá que quitarse las joyas y otras cosas de metal. Es posible que se ponga una bata.',
  company:
    'Por lo general, puede traer a una persona con usted. Es posible que esa persona pueda sentarse con usted mientras descansa después.',
  'company-child': 'Por lo general, el padre o la madre puede quedarse con su hijo durante la prueba.',
} satisfies Record<string, string>;
