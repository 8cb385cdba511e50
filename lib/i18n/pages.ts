import type { Locale } from '@/lib/site-map/pages';

/** The fixed words of the pages that are not articles (home, test index, glossary, About, not found), in each language. */

const en = {
  home: {
    title: 'Fluoroscopy Guide: live X-ray tests explained',
    description:
      'Plain-English guides to fluoroscopy (live X-ray) tests: what happens, how to prepare, radiation safety and when to get help.',
    heading: 'Fluoroscopy tests, explained simply',
    intro:
      'Fluoroscopy is an X-ray test that shows a moving picture, like a video. This guide tells you what will happen, how to get ready, and when to get help, in plain English.',
    appointment: 'I have an appointment',
    understand: 'I want to understand fluoroscopy',
    findTest: 'Find your test',
    findTestIntro: 'Your letter may name your test. Each page says how to prepare, what happens and when to get help.',
    otherName: 'Find a test by another name, or by the part of the body',
    allGuides: 'All guides',
    clinicsLead: 'Work at a clinic?',
    clinicsLink: 'Make a patient link with your own instructions',
  },
  procedures: {
    title: 'Find your test',
    description: 'Every fluoroscopy test in this guide, A to Z under every name it goes by, and grouped by the part of the body it looks at.',
    intro:
      'Your letter may name a test. Find it by name in the A to Z, or by the part of the body it looks at. Each page explains how to prepare, what happens and when to get help.',
    waysLabel: 'Ways to find your test',
    aToZLink: 'Tests A to Z',
    groupsLink: 'Tests by part of the body',
    aToZ: 'Tests A to Z',
    aToZIntro: 'Every test is listed under its own name and under the other names it goes by.',
    letters: 'Letters',
    otherNameOf: (title: string) => ` (another name for ${title})`,
    groups: 'Tests by part of the body',
    alsoCalled: 'Also called: ',
  },
  glossary: {
    title: 'Glossary of medical words',
    description: 'Plain-English meanings of the medical words used in this guide, from barium and catheter to mSv and sedation.',
    intro: 'What the medical words in this guide mean, in plain English.',
    alsoCalled: 'Also called: ',
  },
  about: {
    title: 'About this guide',
    description: 'Who writes Fluoroscopy Guide, how every fact is sourced and checked, and why the site has no ads, tracking or cookies.',
  },
  notFound: {
    title: 'Page not found',
    intro:
      'We could not find that page. If you typed the address, check it is correct. If a letter or a link sent you here, the page may have moved.',
    tryLead: 'You could try:',
    home: 'The home page',
    procedures: 'Find your test in the A to Z',
    whatIs: 'What is fluoroscopy?',
    search: 'Search this guide',
    clinic: 'If you have a question about your appointment, please contact the clinic that sent you the letter.',
    otherEdition: { text: '¿Busca una página en español? Vaya a la Guía de fluoroscopia en español.', lang: 'es' as Locale },
  },
};

export type PageStrings = typeof en;

const es: PageStrings = {
  home: {
    title: 'Guía de fluoroscopia: las pruebas de rayos X en vivo, explicadas',
    description:
      'Guías fáciles de leer sobre las pruebas de fluoroscopia (rayos X en vivo): qué pasa, cómo prepararse, la seguridad de la radiación y cuándo pedir ayuda.',
    heading: 'Las pruebas de fluoroscopia, explicadas de forma sencilla',
    intro:
      'La fluoroscopia es una prueba de rayos X que muestra una imagen en movimiento, como un video. Esta guía le explica qué va a pasar, cómo prepararse y cuándo pedir ayuda, en palabras sencillas.',
    appointment: 'Tengo una cita',
    understand: 'Quiero entender la fluoroscopia',
    findTest: 'Busque su prueba',
    findTestIntro: 'Su carta puede decir el nombre de su prueba. Cada página explica cómo prepararse, qué pasa y cuándo pedir ayuda.',
    otherName: 'Busque una prueba por otro nombre, o por la parte del cuerpo',
    allGuides: 'Todas las guías',
    clinicsLead: '¿Trabaja en una clínica?',
    clinicsLink: 'Cree un enlace para sus pacientes con sus propias instrucciones',
  },
  procedures: {
    title: 'Busque su prueba',
    description: 'Todas las pruebas de fluoroscopia de esta guía, de la A a la Z con todos sus nombres, y por la parte del cuerpo que revisan.',
    intro:
      'Su carta puede decir el nombre de una prueba. Búsquela por su nombre de la A a la Z, o por la parte del cuerpo que revisa. Cada página explica cómo prepararse, qué pasa y cuándo pedir ayuda.',
    waysLabel: 'Formas de buscar su prueba',
    aToZLink: 'Pruebas de la A a la Z',
    groupsLink: 'Pruebas por parte del cuerpo',
    aToZ: 'Pruebas de la A a la Z',
    aToZIntro: 'Cada prueba aparece con su propio nombre y con los otros nombres que tiene.',
    letters: 'Letras',
    otherNameOf: (title: string) => ` (otro nombre de ${title})`,
    groups: 'Pruebas por parte del cuerpo',
    alsoCalled: 'También se llama: ',
  },
  glossary: {
    title: 'Glosario de palabras médicas',
    description: 'Qué quieren decir, en palabras sencillas, las palabras médicas de esta guía: del bario y el catéter a los mSv y la sedación.',
    intro: 'Qué quieren decir las palabras médicas de esta guía, en palabras sencillas.',
    alsoCalled: 'También se llama: ',
  },
  about: {
    title: 'Acerca de esta guía',
    description: 'Quién escribe la Guía de fluoroscopia, cómo se buscan y revisan todos los datos, y por qué el sitio no tiene anuncios, rastreo ni cookies.',
  },
  notFound: {
    title: 'No encontramos la página',
    intro:
      'No pudimos encontrar esa página. Si escribió la dirección, revise que esté bien. Si una carta o un enlace lo trajo aquí, es posible que la página se haya cambiado de lugar.',
    tryLead: 'Puede probar:',
    home: 'La página de inicio',
    procedures: 'Busque su prueba de la A a la Z',
    whatIs: '¿Qué es la fluoroscopia?',
    search: 'Buscar en esta guía',
    clinic: 'Si tiene una pregunta sobre su cita, comuníquese con la clínica que le mandó la carta.',
    otherEdition: { text: 'Looking for a page in English? Go to Fluoroscopy Guide in English.', lang: 'en' },
  },
};

export const pageStrings: Record<Locale, PageStrings> = { en, es };
