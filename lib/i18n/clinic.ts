import type { FieldName } from '@/lib/clinic/fields';
import type { Locale } from '@/lib/site-map/pages';
import { patientScriptStrings } from './patient-script';

/*
 * The fixed words of the clinic tools in each language: the patient's
 * appointment page and its printed handout, and the two pages around the
 * islands. The builder's own words are in clinic-builder.ts: a module the two
 * islands shared would be one chunk, so the builder's words would reach a
 * patient's phone. The English object of each part sets its shape; a language
 * that leaves a string out does not type-check. Sentences with a value in them
 * are functions, so each language puts the words in its own order.
 */

type AnswerLabels = Record<Exclude<FieldName, 'clinic'>, string>;

const patientEn = {
  ...patientScriptStrings.en,
  generalAdviceStillApplies: 'The general advice on this page still applies.',
  fromYourClinic: 'From your clinic: follow these first',
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
  qrCaption: 'Scan to open this page, with these instructions, on a phone.',
  /** Shown when the page is not for one test. */
  generalAdvice:
    "This page has general advice for any fluoroscopy (live X-ray) test. Always follow your own clinic's instructions first.",
  beforeYourAppointment: 'Before your appointment',
  beforeIntro: 'These steps apply to your test. If your clinic says something different, do what they say.',
  whenToGetHelp: 'When to get help',
  whenIntro: 'After your test, watch for these signs. Your clinic may give you more advice for your test.',
  /** The filing lines at the foot of the handout. */
  aboutThisHandout: 'About this handout',
};

export type PatientStrings = typeof patientEn;

const patientEs: PatientStrings = {
  ...patientScriptStrings.es,
  generalAdviceStillApplies: 'Los consejos generales de esta página siguen siendo válidos.',
  fromYourClinic: 'De su clínica: siga esto primero',
  readAboutItAt: 'Más información en',
  fieldLabels: {
    phone: 'Teléfono',
    where: 'Adónde ir',
    arrive: 'Cuándo llegar',
    fasting: 'Comer y beber',
    medicines: 'Sus medicinas',
    note: 'Además',
  },
  qrCaption: 'Escanee el código para abrir esta página, con estas instrucciones, en un teléfono.',
  generalAdvice:
    'Esta página tiene consejos generales para cualquier prueba de fluoroscopia (rayos X en vivo). Siga siempre primero las instrucciones de su propia clínica.',
  beforeYourAppointment: 'Antes de su cita',
  beforeIntro: 'Estos pasos son para su prueba. Si su clínica le dice algo diferente, haga lo que le digan.',
  whenToGetHelp: 'Cuándo pedir ayuda',
  whenIntro: 'Después de la prueba, fíjese si tiene estas señales. Es posible que su clínica le dé más consejos para su prueba.',
  aboutThisHandout: 'Sobre esta hoja',
};

/** The appointment page, its notices and its printed handout. */
export const patientStrings: Record<Locale, PatientStrings> = { en: patientEn, es: patientEs };

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

