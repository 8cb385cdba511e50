import type { FieldName } from '@/lib/clinic/fields';
import type { Locale } from '@/lib/site-map/pages';

/*
 * The fixed words of the link builder at /for-clinics/ and the form parts it
 * is made of, in each language. The English object sets the shape; a language
 * that leaves a string out does not type-check. Kept apart from clinic.ts so
 * the appointment page's script never carries them.
 */

type FieldWords = { label: string; short: string; hint: string };

const builderEn = {
  heading: 'Make a link',
  legend: 'The page to link to and your instructions',
  pageLabel: 'Which test or guide is the link for?',
  pageHint: "The patient's page names it, links to it and shows its key facts.",
  chooseOption: 'Choose a test or guide',
  testsGroup: 'Tests',
  guidesGroup: 'General guides',
  languageLegend: "The patient's language",
  languageHint: "The patient's page and handout are in this language. Your own instructions show exactly as you type them, so write them in this language too.",
  languages: { en: 'English', es: 'Spanish (español)' } as Record<Locale, string>,
  instructionsHeading: 'Your instructions',
  instructionsIntro:
    'Add only what applies to every patient having this test at your clinic. Leave out anything about one patient, such as a name or date of birth.',
  fields: {
    clinic: {
      label: 'Clinic name',
      short: 'Clinic name',
      hint: 'Shown as "Instructions from" this name. For example, Riverside Hospital X-ray department.',
    },
    phone: {
      label: 'Phone number for questions',
      short: 'Phone number',
      hint: 'Use digits, spaces, brackets, + and - only. For example, 020 7946 0000.',
    },
    where: { label: 'Where to go', short: 'Where to go', hint: 'For example, Main building, level 2. Follow the signs to X-ray reception.' },
    arrive: { label: 'When to arrive', short: 'When to arrive', hint: 'For example, Arrive 30 minutes early.' },
    fasting: {
      label: 'Eating and drinking',
      short: 'Eating and drinking',
      hint: 'For example, Nothing to eat after 7 am. You can drink water until 9 am.',
    },
    medicines: {
      label: 'Medicines to stop or keep taking',
      short: 'Medicines',
      hint: 'For example, Keep taking your usual medicines with a sip of water.',
    },
    note: { label: 'A short note', short: 'Note', hint: 'For example, Bring a list of the medicines you take.' },
  } as Record<FieldName, FieldWords>,
  makeTheLink: 'Make the link',
  errors: {
    choosePage: 'Choose the test or guide the link is for',
    chooseFromList: 'Choose a test or guide from the list',
    tooLong: (short: string, max: number) => `${short} must be ${max} characters or fewer`,
    phoneFormat: (short: string) => `${short} can only contain digits, spaces, brackets, + and -`,
    needsNumber: (short: string) => `${short} must contain a number`,
    empty: (short: string) => `${short} must not be empty`,
    unsafe: (short: string) => `${short} contains characters that cannot be used`,
    tooLongTogether: 'Your answers are too long to fit in a QR code together. Shorten this answer or another one',
  },
  count: {
    optional: '(optional)',
    upTo: (max: number) => `You can enter up to ${max} characters.`,
    remaining: (n: number) => `You have ${n} ${n === 1 ? 'character' : 'characters'} remaining`,
    tooMany: (n: number) => `You have ${n} ${n === 1 ? 'character' : 'characters'} too many`,
    errorPrefix: 'Error:',
  },
  summaryTitle: 'There is a problem',
  resultHeading: 'Your link',
  placeholderOrigin: (origin: string) => `Links made here point to ${origin}, a placeholder.`,
  setSiteUrl: 'Set SITE_URL when you build the site.',
  origin: (origin: string) => `Links made here point to ${origin}.`,
  linkFor: (title: string) => `Link for ${title}`,
  linkLength: (n: number) => `${n} characters. It updates as you type.`,
  copy: {
    button: 'Copy link',
    copied: 'Link copied. You can paste it into your letter.',
    selected: 'Your browser did not let us copy the link, so we selected it. Press Ctrl and C (Command and C on a Mac) to copy it.',
  },
  qrHeading: 'QR code',
  qrAlt: (title: string) => `QR code of the link for ${title}`,
  qr: {
    denseTitle: 'Warning: this QR code is dense',
    dense: (version: number, modules: number) =>
      ` (version ${version}, ${modules} squares across). Phones may not read it from paper. Shorten your answers until this warning goes, or print the code larger than the size below.`,
    printAtLeast: (cm: number, inches: string, mm: number) =>
      `Print it at least ${cm} cm (${inches} inches) wide, so each square is ${mm} mm or more and phones can read it.`,
    svg: ['Download the QR code as SVG', ' image', ' (best for printing)'] as [string, string, string],
    png: ['Download the QR code as PNG', ' image', ' (for letters and documents)'] as [string, string, string],
  },
  handoutHeading: 'Handout',
  handoutText: "Open the patient's page and choose \u201cPrint this page\u201d for a one-page handout with this QR code.",
  openPatientPage: "Open the patient's page (opens in a new tab)",
  fixProblems: 'Fix the problems in the form to see your link.',
  choosePage: 'Choose a test or guide to see your link. It updates as you type.',
  /** The start of the file name of a downloaded QR code. */
  qrFilePrefix: 'fluoroscopy-guide',
};

export type BuilderStrings = typeof builderEn;

const builderEs: BuilderStrings = {
  heading: 'Haga un enlace',
  legend: 'La página del enlace y sus instrucciones',
  pageLabel: '¿Para qué prueba o guía es el enlace?',
  pageHint: 'La página del paciente la nombra, tiene un enlace a ella y muestra sus datos principales.',
  chooseOption: 'Elija una prueba o una guía',
  testsGroup: 'Pruebas',
  guidesGroup: 'Guías generales',
  languageLegend: 'El idioma del paciente',
  languageHint:
    'La página y la hoja impresa del paciente están en este idioma. Sus instrucciones se muestran tal como las escribe, así que escríbalas también en este idioma.',
  languages: { en: 'Inglés (English)', es: 'Español' },
  instructionsHeading: 'Sus instrucciones',
  instructionsIntro:
    'Escriba solo lo que vale para todos los pacientes que tienen esta prueba en su clínica. No escriba nada sobre un paciente, como su nombre o su fecha de nacimiento.',
  fields: {
    clinic: {
      label: 'Nombre de la clínica',
      short: 'El nombre de la clínica',
      hint: 'Se muestra como "Instrucciones de" este nombre. Por ejemplo, Departamento de rayos X del Hospital Riverside.',
    },
    phone: {
      label: 'Número de teléfono para preguntas',
      short: 'El número de teléfono',
      hint: 'Use solo números, espacios, paréntesis, + y -. Por ejemplo, (555) 010-0199.',
    },
    where: {
      label: 'Adónde ir',
      short: 'Adónde ir',
      hint: 'Por ejemplo, Edificio principal, piso 2. Siga los letreros hasta la recepción de rayos X.',
    },
    arrive: { label: 'Cuándo llegar', short: 'Cuándo llegar', hint: 'Por ejemplo, Llegue 30 minutos antes.' },
    fasting: {
      label: 'Comer y beber',
      short: 'Comer y beber',
      hint: 'Por ejemplo, No coma nada después de las 7 a. m. Puede beber agua hasta las 9 a. m.',
    },
    medicines: {
      label: 'Medicinas que debe dejar o seguir tomando',
      short: 'Las medicinas',
      hint: 'Por ejemplo, Siga tomando sus medicinas de siempre con un sorbo de agua.',
    },
    note: { label: 'Una nota breve', short: 'La nota', hint: 'Por ejemplo, Traiga una lista de las medicinas que toma.' },
  },
  makeTheLink: 'Hacer el enlace',
  errors: {
    choosePage: 'Elija la prueba o la guía del enlace',
    chooseFromList: 'Elija una prueba o una guía de la lista',
    tooLong: (short, max) => `${short} debe tener ${max} caracteres o menos`,
    phoneFormat: (short) => `${short} solo puede tener números, espacios, paréntesis, + y -`,
    needsNumber: (short) => `${short} debe tener un número`,
    empty: (short) => `${short} no puede estar vacío`,
    unsafe: (short) => `${short} tiene caracteres que no se pueden usar`,
    tooLongTogether: 'Sus respuestas juntas son demasiado largas para caber en un código QR. Acorte esta respuesta u otra',
  },
  count: {
    optional: '(opcional)',
    upTo: (max) => `Puede escribir hasta ${max} caracteres.`,
    remaining: (n) => `Le ${n === 1 ? 'queda 1 carácter' : `quedan ${n} caracteres`}`,
    tooMany: (n) => `Tiene ${n === 1 ? '1 carácter' : `${n} caracteres`} de más`,
    errorPrefix: 'Error:',
  },
  summaryTitle: 'Hay un problema',
  resultHeading: 'Su enlace',
  placeholderOrigin: (origin) => `Los enlaces hechos aquí apuntan a ${origin}, una dirección de ejemplo.`,
  setSiteUrl: 'Defina SITE_URL al construir el sitio.',
  origin: (origin) => `Los enlaces hechos aquí apuntan a ${origin}.`,
  linkFor: (title) => `Enlace para ${title}`,
  linkLength: (n) => `${n} caracteres. Cambia mientras escribe.`,
  copy: {
    button: 'Copiar el enlace',
    copied: 'Enlace copiado. Puede pegarlo en su carta.',
    selected: 'Su navegador no nos dejó copiar el enlace, así que lo seleccionamos. Pulse Ctrl y C (Comando y C en una Mac) para copiarlo.',
  },
  qrHeading: 'Código QR',
  qrAlt: (title) => `Código QR del enlace para ${title}`,
  qr: {
    denseTitle: 'Aviso: este código QR es muy denso',
    dense: (version, modules) =>
      ` (versión ${version}, ${modules} cuadros de ancho). Es posible que los teléfonos no lo lean en papel. Acorte sus respuestas hasta que este aviso desaparezca, o imprima el código más grande que el tamaño de abajo.`,
    printAtLeast: (cm, inches, mm) =>
      `Imprímalo de al menos ${cm} cm (${inches} pulgadas) de ancho, para que cada cuadro mida ${mm} mm o más y los teléfonos lo puedan leer.`,
    svg: ['Descargar el código QR en imagen SVG', '', ' (lo mejor para imprimir)'],
    png: ['Descargar el código QR en imagen PNG', '', ' (para cartas y documentos)'],
  },
  handoutHeading: 'Hoja para el paciente',
  handoutText: 'Abra la página del paciente y elija \u201cImprimir esta página\u201d para tener una hoja con este código QR.',
  openPatientPage: 'Abrir la página del paciente (se abre en una pestaña nueva)',
  fixProblems: 'Corrija los problemas del formulario para ver su enlace.',
  choosePage: 'Elija una prueba o una guía para ver su enlace. Cambia mientras escribe.',
  qrFilePrefix: 'guia-de-fluoroscopia',
};

/** The link builder and the form parts it is made of. */
export const builderStrings: Record<Locale, BuilderStrings> = { en: builderEn, es: builderEs };
