import type { CareLevel, RuleId, SignId } from '../safety';

/*
 * The Spanish wording of the warning signs, rules and care cards of
 * content/data/safety.ts. Levels, sources and which signs a factor brings stay
 * in that file; only the words are here, under the same keys, so a sign has
 * one level in both languages. Each sign is as strong and as specific as the
 * English one: "usted", the common word first, nothing softened. "Su hijo"
 * is the generic Spanish for "your child", boy or girl, and keeps the child
 * signs short enough to read at a glance.
 */

/** Each `text` finishes a card heading that ends in "si:", so it starts in lower case and has no full stop. */
export const signsEs = {
  // ---- emergency ----
  'severe-allergy': {
    text: 'le cuesta respirar o tragar, o se le hinchan la cara, los labios, la lengua o la garganta',
  },
  'puncture-bleeding': {
    text: 'el lugar por donde entró el tubo sangra y no para aunque lo apriete, o se hincha rápido',
    action: 'Acuéstese y apriete fuerte sobre el lugar hasta que llegue la ayuda.',
  },
  'limb-cold': {
    text: 'el brazo o la pierna que usaron se enfría, palidece, se pone azul, se adormece o le duele mucho',
  },
  'chest-pain': {
    text: 'tiene dolor u opresión en el pecho que dura más de unos pocos minutos',
    action:
      'Siéntese y descanse mientras espera. Si tiene un spray de nitroglicerina (GTN), úselo como le enseñó su equipo del corazón.',
  },
  stroke: {
    text: 'se le cae un lado de la cara, no puede levantar los dos brazos o arrastra las palabras (derrame cerebral)',
    action: 'Llame aunque tenga dudas, y anote la hora en que empezaron las señales.',
  },
  'breathless-faint': {
    text: 'de repente le falta mucho el aire, tiene dolor en el pecho o se desmaya',
  },
  'device-exposed': {
    text: 'la piel que cubre su aparato se abre y usted puede ver el aparato o un cable',
    action: 'Tápelo con una gasa limpia, sin apretar. No empuje nada hacia adentro.',
  },
  'icd-shock-unwell': {
    text: 'su desfibrilador (DAI) le da una descarga y después se siente mal, o le da 2 descargas o más',
  },
  'spine-nerves': {
    text: 'empieza a sentir debilidad o adormecimiento en las piernas, o no puede controlar la orina o las heces',
  },
  'spine-infection': {
    text: 'tiene fiebre o escalofríos y además el cuello rígido, un dolor de cabeza fuerte o un sarpullido',
  },
  'painful-eye': {
    text: 'le duele el ojo o se le pone rojo, o ve borroso y le duele el ojo',
    action: 'Dígales que le pusieron Buscopan (butilbromuro de hioscina), una inyección para relajar el intestino.',
  },

  // ---- urgent ----
  fever: {
    text: 'tiene la temperatura alta (fiebre), o siente calor y escalofríos',
  },
  'puncture-infection': {
    text: 'el lugar donde entró el tubo o la aguja se pone rojo, caliente o hinchado, duele más o sale pus',
  },
  'puncture-lump': {
    text: 'aparece un bulto que crece donde entró el tubo, o los calmantes (analgésicos) no le alivian el dolor ahí',
  },
  'icd-shock-well': {
    text: 'su desfibrilador (DAI) le da una sola descarga y después se siente bien',
    action:
      'Llame ese mismo día a la clínica que controla su aparato. Fuera de horario, llame al hospital y pida hablar con el médico del corazón de guardia.',
  },
  'device-wound': {
    text: 'la herida que cubre su aparato se pone roja, caliente o hinchada, le duele más o le sale líquido',
  },
  'device-symptoms': {
    text: 'tiene mareos o aturdimiento, hipo que no se le quita, o se le hinchan los brazos o las piernas',
  },
  'headache-severe': {
    text: 'tiene un dolor de cabeza muy fuerte, aun al acostarse, o vomita una y otra vez',
  },
  'belly-pain-severe': {
    text: 'tiene un dolor intenso en la barriga que no se calma',
  },
  'blurred-vision': {
    text: 'sigue viendo borroso más de una hora después de la inyección para relajar el intestino',
  },
  'tube-out': {
    text: 'se sale la sonda de alimentación',
    action:
      'Tape la abertura con una gasa limpia y anote la hora. Luego llame a su equipo o vaya al hospital de inmediato. La abertura puede empezar a cerrarse en unas pocas horas.',
  },
  'tube-leak': {
    text: 'sale alimento o líquido del estómago alrededor de la sonda, o la piel alrededor de la sonda se pone muy roja, irritada y adolorida',
    action: 'Deje de dar alimento por la sonda hasta que hable con su equipo.',
  },
  'cannot-pee': {
    text: 'no puede orinar, o solo le salen unas gotas',
  },
  'blood-in-pee': {
    text: 'tiene coágulos de sangre en la orina, o la sangre en la orina aumenta en vez de disminuir',
  },
  'pee-infection': {
    text: 'la orina sale turbia o huele mal, o le duele el costado o la espalda (señales de infección de orina)',
  },
  'pelvic-pain': {
    text: 'el dolor de barriga empeora en vez de mejorar',
  },
  'vaginal-bleeding': {
    text: 'sangra mucho por la vagina',
  },
  'vaginal-bleeding-lasting': {
    text: 'el sangrado por la vagina dura más de 3 días',
  },
  'vaginal-discharge': {
    text: 'le sale un flujo de la vagina con mal olor (una señal de infección)',
  },
  'joint-infection': {
    text: 'la articulación se pone caliente, roja y más hinchada o adolorida en los días siguientes',
  },
  'child-no-pee': {
    text: 'su hijo sigue sin orinar 4 horas tras sacarle la sonda (6 a 8 horas en mayores de 2 años)',
  },
  'child-pee-blood': {
    text: 'la orina de su hijo sale de color rojo vivo, o todavía tiene sangre después de 2 días',
  },
  'child-belly-pain': {
    text: 'su hijo tiene un dolor fuerte en la barriga, o en la espalda justo debajo de las costillas',
  },

  // ---- non-urgent ----
  'late-rash': {
    text: 'le sale un sarpullido que pica en la semana siguiente al tinte de rayos X',
  },
  constipation: {
    text: 'sigue con estreñimiento 2 días después de la prueba, aun tomando más líquidos',
  },
  'skin-changes': {
    text: 'en las semanas siguientes, ve una mancha roja u oscura en la piel donde apuntaron los rayos X',
    action:
      'Puede picarle, o se le puede caer el pelo ahí. Suele estar en la espalda. Dígales que le hicieron un procedimiento largo con rayos X.',
  },
  bruising: {
    text: 'el moretón donde entró el tubo no mejora después de unos días',
  },
  'headache-lasting': {
    text: 'el dolor de cabeza no mejora después de 2 o 3 días',
  },
  'joint-swelling-lasting': {
    text: 'la hinchazón o el dolor en la articulación dura más de 2 días',
  },
  'tube-blocked': {
    text: 'parece que la sonda de alimentación está tapada',
  },
  'steroid-sugar': {
    text: 'tiene diabetes y el azúcar en la sangre le sigue más alto de lo normal por más de 2 días',
  },
  'injection-sore': {
    text: 'el dolor donde entró la aguja no se ha calmado después de unos días',
  },
  'child-pee-burning': {
    text: 'a su hijo todavía le arde al orinar después de 24 horas',
  },
  'swallow-advice': {
    text: 'tiene dudas sobre cómo seguir los consejos de comida y bebida que le dieron',
  },
} satisfies Record<SignId, { text: string; action?: string }>;

export const rulesEs = {
  sedation: {
    title: 'Después de la sedación o la anestesia general',
    text: [
      'Un adulto debe llevarle a casa y quedarse con usted durante 24 horas.',
      'Durante 24 horas, no maneje, no tome alcohol, no use máquinas y no firme papeles importantes.',
      'Si su hospital le da un tiempo más largo, siga lo que le digan.',
    ],
  },
  'bowel-relaxant': {
    title: 'Después de la inyección para relajar el intestino',
    text: [
      'La inyección puede hacer que vea borroso por un rato, por lo general menos de una hora.',
      'No maneje ni use máquinas hasta que vuelva a ver bien.',
    ],
  },
  antiplatelets: {
    title: 'Si tiene un stent',
    text: [
      'Si tiene un stent, tomará medicinas para evitar los coágulos de sangre.',
      'Algunas son la aspirina, el clopidogrel, el ticagrelor o el prasugrel.',
      'Nunca deje de tomarlas, a menos que su equipo del corazón se lo indique.',
    ],
  },
} satisfies Record<RuleId, { title: string; text: string[] }>;

export const levelTextEs = {
  emergency: {
    heading: 'Llame ahora a su número local de emergencias si:',
    where:
      'Por ejemplo, llame al 911 en Estados Unidos, al 999 en el Reino Unido o al 112 en Europa. O vaya directo a la sala de emergencias (A&E).',
  },
  urgent: {
    heading: 'Busque ayuda médica hoy mismo si:',
    where:
      'Llame al número del hospital que está en su carta, o a su médico. Si no logra hablar con ellos, use un servicio de atención de urgencia, como el NHS 111 en Inglaterra.',
  },
  'non-urgent': {
    heading: 'Comuníquese con su equipo de atención si:',
    where:
      'Llame al número que está en su carta, o a su médico de cabecera (GP). Llame también si cualquier otra cosa le preocupa.',
  },
} satisfies Record<CareLevel, { heading: string; where: string; child?: string }>;

/**
 * How each entry of `complications` (keyed by its English `name`) is found in
 * a Spanish "¿Cuáles son los riesgos?" section, so the same test holds for
 * Spanish pages: a page that names the problem must carry one of its signs.
 * The patterns take the words a translator is likely to choose, with or
 * without accents, and err towards matching: a false match only asks for a
 * sign the page should probably show anyway.
 */
export const complicationPatternsEs = {
  stroke: /\b(derrame cerebral|accidente cerebrovascular|ataque cerebral|embolia cerebral|infarto cerebral|ictus)\b/i,
  'heart attack': /\b(ataque (al coraz[oó]n|card[ií]aco)|infarto(?! cerebral)|paro card[ií]aco)/i,
  'serious allergic reaction': /\breacci(o|ó)n(es)? (al[eé]rgica|grave|seria)|\balergia grave|\banafilaxi/i,
  infection: /\binfec/i,
  'damage to a blood vessel':
    /\b(da[ñn]o|lesi[oó]n|rotura|ruptura|desgarro|herida)\b[^.;:]{0,20}\b(vasos? sangu[ií]neos?|arterias?|venas?)\b/i,
  bleeding: /\b(sangrad[oa]s?|sangrar|sangran?|sangrando|sangrarle|hemorragias?)\b/i,
  'a tear in the bowel': /\b(desgarro|rotura|ruptura|perforaci[oó]n|agujero|rasgadura)\b[^.;:]{0,30}\b(intestin|colon|recto)/i,
  'a blockage in the gut':
    /\b(obstrucci[oó]n|bloqueo|tap[oó]n|atasco|atoramiento)\b[^.;:]{0,30}\b(intestin|tripa|colon)|\b(tapar?|tape|bloquear?)\s+(el|los)\s+intestinos?/i,
  'a blood clot in an arm vein': /\b(co[aá]gulos?|trombos?|trombosis)\b[^.;:]{0,40}\bbrazo/i,
  'an air leak from the lung':
    /\b(fuga|escape|salida|p[eé]rdida|entrada) de aire|\bneumot[oó]rax|\bpulm[oó]n (colapsado|se colapsa)|\bcolapso (del|de un) pulm[oó]n/i,
  'bleeding or nerve damage at the spine':
    /\b(co[aá]gulo|hematoma)\b[^.;:]{0,40}\bcolumna|\b(sangrado|hemorragia)\b[^.;:]{0,20}\b(dentro de la cabeza|en la cabeza|cerebr|craneal|intracraneal)|\b(da[ñn]o|lesi[oó]n)\b[^.;:]{0,20}\bnervi/i,
  'leaking around a tube':
    /\b(fugas?|escapes?|gote\w*|filtr\w*|sal[eiga]\w*|derram\w*)\b[^.;:]{0,30}\balrededor (de la sonda|del tubo)|\balrededor (de la sonda|del tubo)\b[^.;:]{0,20}\b(fuga|gote|filtr|sal[eiga]|derram)/i,
} satisfies Record<string, RegExp>;
