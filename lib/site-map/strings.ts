import type { Locale, StaticKey } from './pages';

/** The fixed names of the site's pages in each language: in the navigation, the footer and breadcrumbs. */
/** A page by its site map key ("procedures", "guide:preparing") and the words of the link to it. */
export type KeyedLink = { key: string; label: string };

type PageStrings = {
  label: Record<StaticKey, string>;
  footer: Partial<Record<StaticKey, string>>;
  /** The ways in from the home page; links to pages that do not exist yet are left out. */
  home: { appointment: KeyedLink[]; understand: KeyedLink[] };
  /** The guides a patient should read before the day, in reading order (the appointment page). */
  beforeTheDay: string[];
  /**
   * The guides in the main navigation, in the order a reader needs them around an appointment;
   * the rest sit under "All guides" on the home page.
   */
  navGuides: string[];
  allGuides: string;
};

const STRINGS: Record<Locale, PageStrings> = {
  en: {
    label: {
      home: 'Home',
      procedures: 'Find your test',
      glossary: 'Glossary',
      about: 'About',
      'for-clinics': 'For clinics',
      search: 'Search',
      appointment: 'Your appointment',
      examples: 'Examples',
      'not-found': 'Page not found',
    },
    footer: { about: 'About this guide', procedures: 'All tests' },
    home: {
      appointment: [
        { key: 'procedures', label: 'Find your test' },
        { key: 'guide:preparing', label: 'How to prepare' },
        { key: 'guide:procedure', label: 'What happens on the day' },
        { key: 'guide:after', label: 'After the test and your results' },
      ],
      understand: [
        { key: 'guide:what-is-fluoroscopy', label: 'What is fluoroscopy?' },
        { key: 'guide:uses', label: 'What it is used for' },
        { key: 'guide:risks', label: 'Risks and radiation safety' },
        { key: 'guide:faq', label: 'Questions people ask' },
      ],
    },
    beforeTheDay: ['guide:preparing', 'guide:procedure', 'guide:after', 'guide:risks'],
    navGuides: ['guide:preparing', 'guide:procedure', 'guide:after', 'guide:risks'],
    allGuides: 'All guides',
  },
  es: {
    label: {
      home: 'Inicio',
      procedures: 'Busque su prueba',
      glossary: 'Glosario',
      about: 'Acerca de',
      'for-clinics': 'Para clínicas',
      search: 'Buscar',
      appointment: 'Su cita',
      examples: 'Ejemplos',
      'not-found': 'No encontramos la página',
    },
    footer: { about: 'Acerca de esta guía', procedures: 'Todas las pruebas' },
    home: {
      appointment: [
        { key: 'procedures', label: 'Busque su prueba' },
        { key: 'guide:preparing', label: 'Cómo prepararse' },
        { key: 'guide:procedure', label: 'Qué pasa el día de la prueba' },
        { key: 'guide:after', label: 'Después de la prueba y sus resultados' },
      ],
      understand: [
        { key: 'guide:what-is-fluoroscopy', label: '¿Qué es la fluoroscopia?' },
        { key: 'guide:uses', label: 'Para qué se usa' },
        { key: 'guide:risks', label: 'Riesgos y seguridad de la radiación' },
        { key: 'guide:faq', label: 'Preguntas que hace la gente' },
      ],
    },
    beforeTheDay: ['guide:preparing', 'guide:procedure', 'guide:after', 'guide:risks'],
    navGuides: ['guide:preparing', 'guide:procedure', 'guide:after', 'guide:risks'],
    allGuides: 'Todas las guías',
  },
};

export function pageLabel(key: StaticKey, locale: Locale): string {
  return STRINGS[locale].label[key];
}

export function homeLinks(locale: Locale) {
  return STRINGS[locale].home;
}

export function beforeTheDayKeys(locale: Locale): string[] {
  return STRINGS[locale].beforeTheDay;
}

export function footerLabel(key: StaticKey, locale: Locale): string {
  return STRINGS[locale].footer[key] ?? STRINGS[locale].label[key];
}

export function navStrings(locale: Locale): { guides: string[]; allGuides: string } {
  return { guides: STRINGS[locale].navGuides, allGuides: STRINGS[locale].allGuides };
}
