import type { SharedTextId } from '../shared-text';

/*
 * The Spanish wording of the shared paragraphs of content/data/shared-text.ts:
 * the same blocks, with the same number of paragraphs in the same order, so
 * each Spanish paragraph cites the sources its English twin cites there.
 */
export const sharedTextEs = {
  'radiation-benefit': [
    'Cuando usted necesita una prueba o un tratamiento, el beneficio es mucho mayor que el pequeño riesgo de la radiación.',
  ],
  'radiation-simple-test': [
    'La dosis que usted recibe depende del tamaño de su cuerpo y del tiempo que están prendidos los rayos X.',
    'Cuando usted necesita una prueba, el beneficio es mucho mayor que el pequeño riesgo de la radiación.',
    'Una prueba como esta no tiene riesgo de dañar la piel por la radiación. Eso solo pasa rara vez, y después de tratamientos largos y complejos.',
  ],
  'radiation-long-procedure': [
    'Los procedimientos largos y complejos usan más radiación que las pruebas simples. La dosis que usted recibe depende del tamaño de su cuerpo y del tiempo que están prendidos los rayos X.',
    'Cuando necesita el procedimiento, el beneficio es mucho mayor que el pequeño riesgo de cáncer más adelante en la vida.',
    'Rara vez, un procedimiento largo puede dañar la piel por donde entraron los rayos X. Esto pasa en cerca de 1 de cada 10,000 procedimientos guiados por rayos X.',
    'Usted no lo sentiría en el momento. Días o semanas después, puede salir una mancha roja u oscura, como una quemadura de sol. También se puede caer el pelo.',
    'Si su dosis fue alta, su equipo puede pedirle que le revisen la piel.',
  ],
  'barium-after': [
    'Su cuerpo no absorbe el bario. El bario pasa por el intestino y sale con el popó (las heces).',
    'Su popó puede salir pálido o blanco por unos días. Esto es normal, y es solo el bario.',
    'El bario puede causar estreñimiento. Tome mucho líquido, y coma fruta y otros alimentos con mucha fibra, para ayudarlo a salir.',
    'Si tiene estreñimiento, un laxante suave de la farmacia puede ayudar. Llame a su médico si no se le ha quitado después de 2 días.',
  ],
  'metformin-artery-dye': [
    'Si toma metformina para la diabetes, dígaselo al equipo antes del día de la prueba. Algunos hospitales le piden dejar de tomarla por 48 horas después de que le ponen el tinte en una arteria. Otros le dejan seguir tomándola si sus análisis de los riñones salen normales.',
    'Si usa insulina u otras medicinas para la diabetes, pregunte al equipo cómo cambiar sus dosis mientras no puede comer. Solo deje de tomar una medicina, o cambie la dosis, si su equipo se lo indica.',
  ],
  'spinal-needle-headache': [
    'Puede empezar un dolor de cabeza en los primeros días, y a menudo dura unos días. Por lo general es peor al sentarse o ponerse de pie, y mejora al acostarse.',
    'Estas cosas pueden ayudar: acostarse, tomar mucho líquido y tomar bebidas con cafeína. También ayudan los calmantes simples, como el acetaminofén (paracetamol).',
  ],
} satisfies Record<SharedTextId, string[]>;
