import type { GlossaryId } from '../glossary';

/*
 * The Spanish wording of the glossary entries of content/data/glossary.ts,
 * under the same ids, so <Term id="..."> finds its Spanish entry. The term is
 * the word a patient knows; the medical name, when it differs, is in the
 * definition or in alsoCalled.
 */
export const glossaryEs = {
  angiogram: {
    term: 'Angiografía',
    definition: 'Una imagen de rayos X de los vasos sanguíneos. Se toma después de poner tinte de rayos X en ellos por un tubo delgado.',
    alsoCalled: ['angiograma'],
  },
  'background-radiation': {
    term: 'Radiación natural',
    definition: 'La radiación que todos recibimos cada día de la tierra, el aire, el espacio y la comida. Su nombre técnico es radiación de fondo.',
    alsoCalled: ['radiación de fondo'],
  },
  cardiologist: {
    term: 'Cardiólogo',
    definition: 'Un médico experto en el corazón y los vasos sanguíneos.',
    alsoCalled: ['cardióloga', 'médico del corazón'],
  },
  enema: {
    term: 'Enema',
    definition: 'Líquido que se pone por el recto (la parte final del intestino) con un tubo pequeño y blando.',
    alsoCalled: ['lavativa'],
  },
  esophagus: {
    term: 'Esófago',
    definition: 'El tubo por donde baja la comida, desde la boca hasta el estómago.',
  },
  'general-anesthetic': {
    term: 'Anestesia general',
    definition: 'Medicina que le hace dormir profundamente, para que no se dé cuenta de nada durante un procedimiento.',
  },
  'iv-line': {
    term: 'Vía en la vena (IV)',
    definition: 'Un tubo delgado y blando que se pone en una vena, casi siempre de la mano o el brazo. Sirve para darle líquidos o medicinas. Su nombre médico es vía intravenosa.',
    alsoCalled: ['vía intravenosa', 'suero', 'cánula'],
  },
  pacemaker: {
    term: 'Marcapasos',
    definition: 'Un aparato pequeño que se pone debajo de la piel del pecho. Ayuda a que el corazón lata a un ritmo estable.',
  },
  stent: {
    term: 'Stent',
    definition: 'Un tubo pequeño que se pone en una parte estrecha del cuerpo, como una arteria, para que siga abierta.',
    alsoCalled: ['endoprótesis'],
  },
  icd: {
    term: 'Desfibrilador implantable (DAI)',
    definition: 'Un aparato pequeño que se pone debajo de la piel del pecho. Puede dar una descarga al corazón para corregir un latido peligroso.',
    alsoCalled: ['desfibrilador automático implantable', 'ICD'],
  },
  'speech-language-pathologist': {
    term: 'Terapeuta del habla',
    definition: 'Un profesional de la salud experto en el habla y en tragar. En los Estados Unidos, su título es patólogo del habla y el lenguaje.',
    alsoCalled: ['patólogo del habla y el lenguaje', 'fonoaudiólogo', 'logopeda'],
  },
  ureter: {
    term: 'Uréter',
    definition: 'Cada uno de los 2 tubos delgados que llevan la orina desde los riñones hasta la vejiga.',
  },
  barium: {
    term: 'Bario',
    definition: 'Un líquido blanco y espeso, como tiza, que usted traga o que le ponen en el intestino. Hace que su tubo digestivo se vea en los rayos X.',
  },
  'c-arm': {
    term: 'Arco en C',
    definition: 'Una máquina de rayos X con forma de letra C. El tubo de rayos X está en una punta y la cámara en la otra.',
  },
  catheter: {
    term: 'Catéter',
    definition: 'Un tubo delgado y blando. El médico lo guía dentro de un vaso sanguíneo, la vejiga u otra parte del cuerpo. En la vejiga, se le suele llamar sonda.',
    alsoCalled: ['sonda'],
  },
  contrast: {
    term: 'Tinte de contraste',
    definition: 'Un líquido que se ve con claridad en los rayos X. Así se notan partes del cuerpo que son difíciles de ver. Su nombre médico es medio de contraste.',
    alsoCalled: ['medio de contraste', 'contraste', 'tinte de rayos X'],
  },
  'iodine-contrast': {
    term: 'Tinte de contraste con yodo',
    definition: 'Un tinte de rayos X transparente que tiene yodo. Se inyecta en una vena, una arteria, una articulación, la vejiga o el útero (matriz).',
    alsoCalled: ['contraste yodado', 'medio de contraste yodado'],
  },
  fluoroscopy: {
    term: 'Fluoroscopia',
    definition: 'Rayos X que muestran una imagen en movimiento en una pantalla, como un video, mientras se hace la prueba.',
    alsoCalled: ['fluoroscopía', 'radioscopia'],
  },
  interventional: {
    term: 'Intervencionista',
    definition: 'Un tratamiento que se hace por una aguja o un tubo delgado, en vez de una cirugía abierta. Se guía con imágenes en vivo.',
  },
  'local-anesthetic': {
    term: 'Anestesia local',
    definition: 'Una medicina que se inyecta en la piel para adormecer una zona pequeña. Así siente presión, pero no un dolor agudo.',
  },
  msv: {
    term: 'mSv (milisievert)',
    definition: 'La unidad que se usa para comparar dosis de radiación. En los Estados Unidos, cada persona recibe cerca de 3 mSv al año de la naturaleza.',
  },
  radiographer: {
    term: 'Tecnólogo o técnico de radiología',
    definition: 'Un trabajador de la salud capacitado que le pone en la posición correcta y maneja la máquina de rayos X. En los Estados Unidos, su título es tecnólogo radiológico.',
    alsoCalled: ['técnico de rayos X', 'tecnólogo radiológico', 'radiógrafo'],
  },
  radiologist: {
    term: 'Radiólogo',
    definition: 'Un médico experto en imágenes médicas. Lee sus imágenes y escribe el informe.',
    alsoCalled: ['radióloga', 'médico especialista en imágenes'],
  },
  sedation: {
    term: 'Sedación',
    definition: 'Medicina, a menudo por el suero, que le relaja y le da sueño, mientras usted sigue respirando por su cuenta.',
  },
} satisfies Record<GlossaryId, { term: string; definition: string; alsoCalled?: string[] }>;
