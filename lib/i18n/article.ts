import type { CareLevel } from '@/content/data/safety';
import type { Locale } from '@/lib/site-map/pages';

/** The fixed words of an article page and the components its text uses, in each language. */

const en = {
  onThisPage: 'On this page',
  onThisPageCount: (n: number) => `On this page (${n} sections)`,
  sectionsLabel: 'Sections on this page',
  sources: 'Sources',
  sourcesSummary: (n: number) => `We checked the facts on this page against ${n === 1 ? '1 source' : `${n} sources`}`,
  citeLabel: (n: number) => `source ${n}`,
  wordsUsed: 'Words used on this page',
  allWords: 'See all the words in the glossary',
  nextLabel: 'Next page',
  next: 'Next',
  mainPoints: 'The main points',
  warning: 'Warning:',
  important: 'Important',
  helpCardsSources: ['This advice comes from the hospital and health service pages listed under', 'Sources', 'at the end of this page.'] as [
    string,
    string,
    string,
  ],
  careLevel: {
    'non-urgent': { prefix: 'Non-urgent advice:', label: 'Non-urgent' },
    urgent: { prefix: 'Urgent advice:', label: 'Urgent' },
    emergency: { prefix: 'Emergency:', label: 'Emergency' },
  } as Record<CareLevel, { prefix: string; label: string }>,
  alsoCalled: 'Also called: ',
  whenToGetHelpLink: 'When to get help after your test',
  relatedTests: 'Related tests',
  glance: {
    heading: 'At a glance',
    more: 'More facts about this test',
    duration: 'How long it takes',
    durationDepends: 'It depends on the test. Your care team will tell you.',
    painRelief: 'Pain relief',
    preparation: 'Getting ready',
    purpose: 'What it is for',
    contrast: 'Contrast (X-ray dye)',
    dose: 'Typical radiation dose',
    doseText: (dose: string, background: string) => `About ${dose}: about the same as ${background} of natural background radiation`,
    doseDepends: 'It depends on the procedure. Ask your care team.',
    setting: 'In hospital',
    performedBy: 'Who does it',
    driving: 'Driving home',
  },
  doseText: (dose: string, background: string) => `about ${dose}, which is about the same as ${background} of natural background radiation`,
  staleNotice: '',
};

export type ArticleStrings = typeof en;

const es: ArticleStrings = {
  onThisPage: 'En esta página',
  onThisPageCount: (n: number) => `En esta página (${n} secciones)`,
  sectionsLabel: 'Secciones de esta página',
  sources: 'Fuentes',
  sourcesSummary: (n: number) => `Revisamos los datos de esta página con ${n === 1 ? '1 fuente' : `${n} fuentes`}`,
  citeLabel: (n: number) => `fuente ${n}`,
  wordsUsed: 'Palabras que se usan en esta página',
  allWords: 'Vea todas las palabras en el glosario',
  nextLabel: 'Página siguiente',
  next: 'Siguiente',
  mainPoints: 'Lo más importante',
  warning: 'Advertencia:',
  important: 'Importante',
  helpCardsSources: ['Estos consejos vienen de las páginas de hospitales y servicios de salud de la lista', 'Fuentes', 'al final de esta página.'],
  careLevel: {
    'non-urgent': { prefix: 'Consejo no urgente:', label: 'No urgente' },
    urgent: { prefix: 'Consejo urgente:', label: 'Urgente' },
    emergency: { prefix: 'Emergencia:', label: 'Emergencia' },
  },
  alsoCalled: 'También se llama: ',
  whenToGetHelpLink: 'Cuándo pedir ayuda después de su prueba',
  relatedTests: 'Pruebas relacionadas',
  glance: {
    heading: 'De un vistazo',
    more: 'Más datos sobre esta prueba',
    duration: 'Cuánto dura',
    durationDepends: 'Depende de la prueba. Su equipo médico se lo dirá.',
    painRelief: 'Alivio del dolor',
    preparation: 'Cómo prepararse',
    purpose: 'Para qué sirve',
    contrast: 'Contraste (tinte para rayos X)',
    dose: 'Dosis de radiación habitual',
    doseText: (dose: string, background: string) => `Alrededor de ${dose}: más o menos lo mismo que ${background} de radiación natural de fondo`,
    doseDepends: 'Depende del procedimiento. Pregunte a su equipo médico.',
    setting: 'En el hospital',
    performedBy: 'Quién la hace',
    driving: 'Manejar de regreso a casa',
  },
  doseText: (dose: string, background: string) => `alrededor de ${dose}, que es más o menos lo mismo que ${background} de radiación natural de fondo`,
  staleNotice:
    'La página en inglés cambió después de que hicimos esta traducción. Estamos poniendo al día la versión en español. Si algo no le queda claro, pregunte a su equipo médico.',
};

export const articleStrings: Record<Locale, ArticleStrings> = { en, es };
