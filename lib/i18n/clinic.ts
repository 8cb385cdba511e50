import type { FieldName } from '@/lib/clinic/fields';
import type { Locale } from '@/lib/site-map/pages';

/*
 * The fixed words of the clinic tools in each language: the patient's
 * appointment page and its printed handout, the builder at /for-clinics/, and
 * the two pages around them. The English object of each part sets its shape;
 * a language that leaves a string out does not type-check. Sentences with a
 * value in them are functions, so each language puts the words in its own order.
 *
 * The parts are separate objects on purpose: the appointment page's script
 * imports only `patientStrings`, so the builder's words never reach a patient's phone.
 */

type AnswerLabels = Record<Exclude<FieldName, 'clinic'>, string>;

const patientEn = {
  /** A BCP 47 language tag, for dates. */
  dateLocale: 'en-GB',
  /** A link that cannot be read: wrong version, unknown page, a refused character. */
  unreadable: 'This link could not be read fully. Ask your clinic for your instructions.',
  /** A version 2 link whose check fails: cut short by a mail program, or changed by hand. */
  incomplete: 'This link is incomplete. Ask your clinic for your instructions, or check the letter.',
  generalAdviceStillApplies: 'The general advice on this page still applies.',
  fromYourClinic: 'From your clinic: follow these first',
  instructionsFrom: (clinic: string) => `Instructions from ${clinic}`,
  /** Said in place of the clinic's name when the link gives none. */
  yourClinic: 'your clinic',
  yourTestLabel: 'Your test',
  readThisGuideLabel: 'Read this guide',
  readAboutItAt: 'Read about it at',
  /** The labels of the clinic's answers, on screen and on paper. */
  fieldLabels: {
    phone: 'Phone',
    where: 'Where to go',
    arrive: 'When to arrive',
    fasting: 'Eating and drinking',
    medicines: 'Your medicines',
    note: 'Also',
  } as AnswerLabels,
  yourTestHeading: 'Your test: ',
  readThisGuideHeading: 'Read this guide: ',
  qrAlt: 'QR code that opens this page on a phone',
  qrCaption: 'Scan to open this page, with these instructions, on a phone.',
  print: 'Print this page',
  /** Shown when the page is not for one test. */
  generalAdvice:
    "This page has general advice for any fluoroscopy (live X-ray) test. Always follow your own clinic's instructions first.",
  onTheDay: (test?: string) => (test ? `${test}: on the day` : 'On the day'),
  beforeYourAppointment: 'Before your appointment',
  beforeIntro: 'These steps apply to your test. If your clinic says something different, do what they say.',
  whenToGetHelp: 'When to get help',
  whenIntro: 'After your test, watch for these signs. Your clinic may give you more advice for your test.',
  /** The filing lines at the foot of the handout. */
  aboutThisHandout: 'About this handout',
  madeBy: (site: string, address: string) => `Made with ${site}, ${address}`,
  printedOn: (date: string) => `Printed ${date}`,
  guideReviewed: (date: string) => `Guide last reviewed ${date}`,
  testReviewed: (date: string) => `Test page last reviewed ${date}`,
  reference: (slug: string, version: string) => `Ref: ${slug} · link v${version}`,
};

export type PatientStrings = typeof patientEn;

const patientEs: PatientStrings = {
  dateLocale: 'es-US',
  unreadable: 'No pudimos leer todo este enlace. Pida sus instrucciones a su clínica.',
  incomplete: 'Este enlace está incompleto. Pida sus instrucciones a su clínica, o revise la carta.',
  generalAdviceStillApplies: 'Los consejos generales de esta página siguen siendo válidos.',
  fromYourClinic: 'De su clínica: siga esto primero',
  instructionsFrom: (clinic) => `Instrucciones de ${clinic}`,
  yourClinic: 'su clínica',
  yourTestLabel: 'Su prueba',
  readThisGuideLabel: 'Lea esta guía',
  readAboutItAt: 'Más información en',
  fieldLabels: {
    phone: 'Teléfono',
    where: 'Adónde ir',
    arrive: 'Cuándo llegar',
    fasting: 'Comer y beber',
    medicines: 'Sus medicinas',
    note: 'Además',
  },
  yourTestHeading: 'Su prueba: ',
  readThisGuideHeading: 'Lea esta guía: ',
  qrAlt: 'Código QR que abre esta página en un teléfono',
  qrCaption: 'Escanee el código para abrir esta página, con estas instrucciones, en un teléfono.',
  print: 'Imprimir esta página',
  generalAdvice:
    'Esta página tiene consejos generales para cualquier prueba de fluoroscopia (rayos X en vivo). Siga siempre primero las instrucciones de su propia clínica.',
  onTheDay: (test) => (test ? `${test}: el día de la prueba` : 'El día de la prueba'),
  beforeYourAppointment: 'Antes de su cita',
  beforeIntro: 'Estos pasos son para su prueba. Si su clínica le dice algo diferente, haga lo que le digan.',
  whenToGetHelp: 'Cuándo pedir ayuda',
  whenIntro: 'Después de la prueba, fíjese si tiene estas señales. Es posible que su clínica le dé más consejos para su prueba.',
  aboutThisHandout: 'Sobre esta hoja',
  madeBy: (site, address) => `Hecho con ${site}, ${address}`,
  printedOn: (date) => `Impreso el ${date}`,
  guideReviewed: (date) => `Última revisión de la guía: ${date}`,
  testReviewed: (date) => `Última revisión de la página de la prueba: ${date}`,
  reference: (slug, version) => `Ref.: ${slug} · enlace v${version}`,
};

/** The appointment page, its notices and its printed handout. */
export const patientStrings: Record<Locale, PatientStrings> = { en: patientEn, es: patientEs };

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

const pagesEn = {
  forClinics: {
    title: 'For clinics: a patient link with your instructions',
    description:
      'Add your own instructions to a link to this guide, print it as a QR code and give patients a one-page handout. Nothing you type leaves your browser.',
    ogTitle: 'For clinics: patient links and QR codes',
    heading: 'Make a patient link with your own instructions',
    intro:
      "Add your clinic's instructions to a link to this guide. Put the link or its QR code in your referral letter. Your patient sees your instructions first, then our plain-English guide to their test, and can print it all on one page.",
    privacyHeading: 'Nothing you type leaves this browser',
    privacy: [
      'The link and QR code are made on this computer. This page sends nothing while you type.',
      'Nothing is stored: no cookies, no local storage and no analytics. Close the page and it is gone.',
      'Your instructions travel inside the link, after the # sign. Browsers never send that part of a link to a website, ours included.',
      'Anyone with the link can read it. Do not type anything about a patient, such as a name, date of birth or record number.',
    ],
    needsJsHeading: 'The link builder needs JavaScript',
    needsJs: [
      'It makes the link on your computer instead of on a server, so nothing you type is sent anywhere. Turn on JavaScript to use it. You can still link to any page of this guide, for example',
      'the list of tests',
    ] as [string, string],
    whatPatientsSeeHeading: 'What your patient sees',
    whatPatientsSee: [
      'Your instructions first, in a box marked as coming from your clinic.',
      "The test's key facts and a link to our full guide to it.",
      'A checklist for before the appointment, and when to get help afterwards.',
      "A \u201cPrint this page\u201d button that prints it all on one page, with the QR code and the guide's address to type in.",
      'All of it in English or in Spanish, as you choose for each link.',
    ],
    linksKeepWorkingHeading: 'Links keep working',
    linksKeepWorking: [
      'Every link carries a version number. If this tool changes, links already in letters still open with the same instructions. A link that cannot be read shows our general advice and asks the patient to contact you.',
      'Every link also ends with a short check. If a mail program cuts a link short, or someone changes it by hand, your patient is told the link is incomplete and sees none of it, rather than half of your instructions.',
    ],
  },
  appointment: {
    title: 'Your appointment',
    description:
      "Your clinic's instructions for your fluoroscopy test, with a checklist for before your appointment and when to get help.",
    noscript:
      'If your clinic sent you a link, their own instructions need JavaScript to show on this page. Turn on JavaScript, or ask your clinic for their instructions. The general advice below still applies.',
    fullGuides: 'Read the full guides',
  },
};

type ClinicPageStrings = typeof pagesEn;

const pagesEs: ClinicPageStrings = {
  forClinics: {
    title: 'Para clínicas: enlaces con sus instrucciones',
    description:
      'Agregue sus propias instrucciones a un enlace a esta guía, imprímalo como código QR y dé al paciente una hoja impresa. Nada de lo que escribe sale de su navegador.',
    ogTitle: 'Para clínicas: enlaces y códigos QR para pacientes',
    heading: 'Haga un enlace para el paciente con sus propias instrucciones',
    intro:
      'Agregue las instrucciones de su clínica a un enlace a esta guía. Ponga el enlace o su código QR en la carta de la cita. El paciente ve primero sus instrucciones y después nuestra guía fácil de leer sobre su prueba. Puede imprimir todo en una hoja.',
    privacyHeading: 'Nada de lo que escribe sale de este navegador',
    privacy: [
      'El enlace y el código QR se hacen en esta computadora. Esta página no envía nada mientras usted escribe.',
      'No se guarda nada: no hay cookies, ni almacenamiento local, ni análisis de visitas. Cierre la página y todo se borra.',
      'Sus instrucciones van dentro del enlace, después del signo #. Los navegadores nunca envían esa parte de un enlace a un sitio web, ni siquiera al nuestro.',
      'Cualquier persona con el enlace lo puede leer. No escriba nada sobre un paciente, como su nombre, su fecha de nacimiento o su número de expediente.',
    ],
    needsJsHeading: 'Para hacer el enlace se necesita JavaScript',
    needsJs: [
      'El enlace se hace en su computadora y no en un servidor, así que nada de lo que escribe se envía. Active JavaScript para usarlo. Igual puede enlazar cualquier página de esta guía, por ejemplo',
      'la lista de pruebas',
    ],
    whatPatientsSeeHeading: 'Lo que ve el paciente',
    whatPatientsSee: [
      'Primero sus instrucciones, en un recuadro que dice que vienen de su clínica.',
      'Los datos principales de la prueba y un enlace a nuestra guía completa sobre ella.',
      'Una lista de pasos para antes de la cita, y cuándo pedir ayuda después.',
      'Un botón \u201cImprimir esta página\u201d que imprime todo en una hoja, con el código QR y la dirección de la guía para escribirla.',
      'Todo en inglés o en español, como usted elija para cada enlace.',
    ],
    linksKeepWorkingHeading: 'Los enlaces siguen funcionando',
    linksKeepWorking: [
      'Cada enlace lleva un número de versión. Si esta herramienta cambia, los enlaces que ya están en las cartas se siguen abriendo con las mismas instrucciones. Un enlace que no se puede leer muestra nuestros consejos generales y le pide al paciente que le llame.',
      'Cada enlace termina también con un control corto. Si un programa de correo corta el enlace, o alguien lo cambia a mano, el paciente ve que el enlace está incompleto y no ve nada de él, en lugar de ver la mitad de sus instrucciones.',
    ],
  },
  appointment: {
    title: 'Su cita',
    description:
      'Las instrucciones de su clínica para su prueba de fluoroscopia, con una lista de pasos para antes de la cita y cuándo pedir ayuda.',
    noscript:
      'Si su clínica le envió un enlace, sus instrucciones necesitan JavaScript para verse en esta página. Active JavaScript, o pida sus instrucciones a su clínica. Los consejos generales de abajo siguen siendo válidos.',
    fullGuides: 'Lea las guías completas',
  },
};

/** The fixed words of /for-clinics/ and /appointment/ around their islands, for the server only. */
export const clinicPageStrings: Record<Locale, ClinicPageStrings> = { en: pagesEn, es: pagesEs };

/** The language of a page from its <html lang>, for the scripts that run on it. */
export function localeOfLang(lang: string): Locale {
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}
