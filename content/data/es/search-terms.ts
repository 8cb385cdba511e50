import type { SearchTerm } from '../search-terms';

/*
 * The Spanish list of content/data/search-terms.ts: words Spanish-speaking
 * patients type (lay words, abbreviations on US and Latin American letters,
 * common misspellings) mapped to the words of the Spanish pages, most often
 * their titles. Matching ignores case, accents and punctuation, so
 * "colonoscopía" and "colonoscopia", or "punción" and "puncion", are one word
 * here, and most `means` are written without accents to say so. A
 * misspelling's `means` keeps its accents, because "¿Quiso decir …?" shows it.
 */
export const searchTermsEs = [
  // Misspellings, and common ones of the site's own words.
  { words: ['fluroscopia', 'flouroscopia', 'floroscopia', 'fluorocopia', 'fluroscopio', 'flouroscopio'], means: 'fluoroscopia', misspelling: true },
  { words: ['mielogafia', 'mieolografia', 'mielographia', 'mielografi'], means: 'mielografía', misspelling: true },
  { words: ['histerosalpinografia', 'histerosalpingiografia', 'isterosalpingografia', 'histerosalpingrafia', 'histero salpingografia'], means: 'histerosalpingografía', misspelling: true },
  { words: ['artografia', 'atrografia', 'artrogafia'], means: 'artrografía', misspelling: true },
  { words: ['angeografia', 'anjiografia', 'angiogafia', 'anguiografia'], means: 'angiografía', misspelling: true },
  { words: ['marcapaso', 'marca pasos', 'marca paso', 'marcapazos', 'marcapasso'], means: 'marcapasos', misspelling: true },
  { words: ['punsion', 'punzion', 'puntion'], means: 'punción', misspelling: true },
  { words: ['lumbal', 'lunbar'], means: 'lumbar', misspelling: true },
  { words: ['pielogafia', 'pielographia', 'pielografia retrogada'], means: 'pielografía retrógrada', misspelling: true },
  { words: ['cistouretografia', 'cistoretrografia', 'cisto uretrografia', 'cistouretrografia micional'], means: 'cistouretrografía miccional', misspelling: true },
  { words: ['cateterizmo', 'cateterisacion', 'caterismo', 'cateterimo'], means: 'cateterismo', misspelling: true },
  { words: ['embarasada', 'enbarazada', 'embarazda', 'embarzada', 'embaraso', 'enbarazo'], means: 'embarazada', misspelling: true },
  { words: ['radiasion', 'radeacion', 'radacion', 'radiacon'], means: 'radiación', misspelling: true },
  { words: ['contrste', 'constraste', 'contraste de yodo'], means: 'contraste', misspelling: true },
  { words: ['bareo', 'bariun'], means: 'bario', misspelling: true },
  // "Vario" and "barrio" are real words, so they are put right only next to the test's other words.
  { words: ['trago de vario', 'trago de bareo', 'trago de barrio'], means: 'trago de bario', misspelling: true },
  { words: ['enema de vario', 'enema de barrio'], means: 'enema de contraste', misspelling: true },
  { words: ['deglusion', 'degluccion', 'deglucio'], means: 'deglución', misspelling: true },
  // A colonoscopy is another test; the contrast enema page says when it is used instead, so the word stays itself.
  { words: ['colonscopia', 'colonoscipia', 'colonospia'], means: 'colonoscopia', misspelling: true },
  { words: ['rallos x', 'rallos equis', 'rayos ex', 'rayox', 'rayosx'], means: 'rayos x', misspelling: true },

  // "Rayos equis" is how many people write the letter; the pages write "rayos X".
  { words: ['rayos equis', 'rayo x', 'rayo equis'], means: 'rayos x' },
  { words: ['rayos x en vivo', 'rayos x en movimiento', 'video de rayos x', 'radioscopia', 'fluoroscopio'], means: 'fluoroscopia' },

  // Everyday names and abbreviations of the tests, and the English names some US letters print.
  {
    words: [
      'cateterismo',
      'cateterismo cardiaco',
      'cateterismo del corazon',
      'cateterismo coronario',
      'cateterizacion cardiaca',
      'cateter en el corazon',
      'coronariografia',
      'angiograma coronario',
      'angiografia del corazon',
      'angioplastia',
      'heart cath',
    ],
    means: 'angiografia coronaria',
  },
  { words: ['puncion espinal', 'puncion raquidea', 'puncion de columna', 'sacar liquido de la columna', 'liquido cefalorraquideo', 'spinal tap'], means: 'puncion lumbar' },
  {
    words: ['serie gastroduodenal', 'serie esofagogastroduodenal', 'segd', 'serie gi superior', 'rayos x del estomago', 'papilla de bario', 'comida de bario', 'upper gi'],
    means: 'serie gastrointestinal superior',
  },
  { words: ['transito de intestino delgado', 'transito intestinal con bario', 'rayos x del intestino delgado', 'estudio del intestino delgado'], means: 'transito intestinal' },
  {
    words: ['enema de bario', 'enema baritado', 'enema opaco', 'colon por enema', 'rayos x del colon', 'colon con bario', 'barium enema'],
    means: 'enema de contraste',
  },
  { words: ['esofagograma', 'esofagografia', 'esofagograma con bario', 'trago baritado', 'tragar bario', 'rayos x del esofago', 'barium swallow'], means: 'trago de bario' },
  {
    words: [
      'estudio de trago modificado',
      'trago de bario modificado',
      'videofluoroscopia',
      'video fluoroscopia',
      'estudio de deglucion',
      'prueba de deglucion',
      'prueba para tragar',
      'estudio para tragar',
      'vfss',
    ],
    means: 'estudio de la deglucion',
  },
  // A tube in the bladder is a "sonda" too: the longer phrases keep it with the bladder, not the feeding tube.
  { words: ['sonda en la vejiga', 'sonda vesical', 'sonda para orinar', 'sonda urinaria'], means: 'sonda vejiga' },
  {
    words: ['sonda', 'sonda gastrica', 'sonda peg', 'peg', 'gastrostomia', 'tubo de alimentacion', 'tubo para comer', 'sonda para comer', 'boton gastrico', 'tubo g', 'rig'],
    means: 'sonda de alimentacion',
  },
  { words: ['cistouretrografia', 'cistouretrograma', 'uretrocistografia', 'cistografia', 'cistografia miccional', 'cums', 'vcug', 'rayos x de la vejiga', 'reflujo vesicoureteral', 'reflujo de orina'], means: 'cistouretrografia miccional' },
  { words: ['hsg', 'histerosalpingograma', 'prueba de las trompas', 'estudio de las trompas', 'rayos x de las trompas', 'trompas tapadas', 'tinte en las trompas'], means: 'histerosalpingografia' },
  {
    words: [
      'inyeccion epidural',
      'epidural',
      'inyeccion de esteroides',
      'inyeccion de cortisona',
      'infiltracion de columna',
      'infiltracion en la columna',
      'bloqueo facetario',
      'bloqueo de nervio',
      'bloqueo nervioso',
      'inyeccion en la espalda',
    ],
    means: 'inyeccion en la columna',
  },
  { words: ['dai', 'icd', 'desfibrilador', 'desfibrilador implantable', 'aparato del corazon'], means: 'marcapasos' },
  { words: ['pielografia', 'pielograma', 'pielograma retrogrado', 'urografia retrograda', 'rayos x del ureter'], means: 'pielografia retrograda' },
  { words: ['artrograma', 'artrorresonancia', 'artro resonancia', 'artro rm', 'inyeccion en la articulacion con rayos x'], means: 'artrografia' },
  { words: ['mielograma', 'mielotac', 'mielo tac', 'mielografia por tac', 'rayos x de la columna con tinte'], means: 'mielografia' },
  { words: ['angiograma', 'arteriografia', 'arteriograma', 'rayos x de las arterias'], means: 'angiografia' },

  // Everyday words for what the site talks about.
  { words: ['tinta', 'colorante', 'tinte de rayos x', 'medio de contraste', 'liquido de contraste'], means: 'tinte' },
  {
    words: [
      'alergia al yodo',
      'alergico al yodo',
      'alergica al yodo',
      'alergia a los mariscos',
      'alergico a los mariscos',
      'alergica a los mariscos',
      'mariscos',
      'marisco',
      'camarones',
      'alergia al tinte',
      'alergia al contraste',
    ],
    means: 'alergica tinte',
  },
  { words: ['embarazo', 'encinta', 'feto', 'embrion', 'esperando un bebe'], means: 'embarazada' },
  { words: ['nina', 'ninos', 'ninas', 'hijo', 'hija', 'hijos', 'hijas', 'chamaco', 'chamaca', 'nene', 'nena'], means: 'nino' },
  { words: ['calmante', 'calmantes', 'analgesico', 'analgesicos', 'pastillas para el dolor', 'medicina para el dolor', 'alivio del dolor'], means: 'alivio dolor' },
  // Kept as they are, so the general rule for "dolor" below does not change them.
  { words: ['dolor de espalda'], means: 'dolor de espalda' },
  { words: ['dolor de cuello'], means: 'dolor de cuello' },
  { words: ['dolor de cabeza'], means: 'dolor de cabeza' },
  { words: ['dolor en el pecho', 'dolor de pecho'], means: 'dolor en el pecho' },
  { words: ['dolor', 'duele', 'dolera', 'doloroso', 'dolorosa', 'molestia', 'molestias'], means: 'doler' },
  { words: ['peligroso', 'peligrosa', 'peligro', 'danino', 'efectos secundarios', 'efecto secundario', 'complicaciones', 'complicacion'], means: 'riesgos' },
  { words: ['paralisis', 'paralizado', 'paralizada', 'paralitico', 'paralitica'], means: 'médula espinal' },
  { words: ['radioactivo', 'radiactiva', 'radioactiva'], means: 'radiactivo' },
  { words: ['como se hace', 'como lo hacen', 'en que consiste', 'que me van a hacer'], means: 'durante' },
  { words: ['recuperacion', 'recuperarme', 'recuperarse', 'volver a la normalidad'], means: 'despues' },
  { words: ['dormido', 'dormida', 'me duermen', 'inconsciente'], means: 'despierto' },
  { words: ['sedado', 'sedada', 'sedante', 'me sedan', 'me van a dormir'], means: 'sedacion' },
  { words: ['exposicion', 'exposicion a la radiacion', 'dosis efectiva', 'cuanta radiacion'], means: 'dosis de radiacion' },
  { words: ['heces', 'excremento', 'caca', 'evacuacion', 'evacuaciones', 'deposiciones'], means: 'popo' },
] satisfies SearchTerm[];
