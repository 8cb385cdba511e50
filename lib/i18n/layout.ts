import type { Locale } from '@/lib/site-map/pages';

/*
 * The fixed words of the frame every page shares, in each language. The
 * English object sets the shape; a language that leaves a string out does not
 * type-check.
 */

const en = {
  siteName: 'Fluoroscopy Guide',
  tagline: 'Plain-English information about fluoroscopy (live X-ray) tests',
  skipLink: 'Skip to main content',
  menu: 'Menu',
  mainMenuLabel: 'Main menu',
  mainNavLabel: 'Main',
  breadcrumbLabel: 'Breadcrumb',
  /** The link to the other edition, written in that edition's language. */
  otherEdition: { label: 'Read this page in Spanish', text: 'Español' },
  footerHeading: 'Getting help',
  footerDisclaimer:
    'This guide gives general information. It is not medical advice. Always follow the instructions from your own care team. In an emergency, call your local emergency number, such as 911 in the US or 999 in the UK.',
  footerPrivacy: (siteName: string) => `${siteName} has no adverts, no tracking and no cookies.`,
  reportMistake: 'Report a mistake on this page',
  mistakeSubject: (url: string) => `Mistake on ${url}`,
  lastReviewed: 'Page last reviewed:',
  nextReview: 'Next review due:',
};

export type LayoutStrings = typeof en;

const es: LayoutStrings = {
  siteName: 'Guía de fluoroscopia',
  tagline: 'Información fácil de leer sobre las pruebas de fluoroscopia (rayos X en vivo)',
  skipLink: 'Saltar al contenido principal',
  menu: 'Menú',
  mainMenuLabel: 'Menú principal',
  mainNavLabel: 'Principal',
  breadcrumbLabel: 'Ruta de navegación',
  otherEdition: { label: 'Lea esta página en inglés', text: 'English' },
  footerHeading: 'Cómo obtener ayuda',
  footerDisclaimer:
    'Esta guía da información general. No es un consejo médico. Siga siempre las instrucciones de su propio equipo médico. En una emergencia, llame al número de emergencias de su zona, como el 911 en los EE. UU. o el 999 en el Reino Unido.',
  footerPrivacy: (siteName: string) => `${siteName} no tiene anuncios, no rastrea lo que usted hace y no usa cookies.`,
  reportMistake: 'Avísenos de un error en esta página',
  mistakeSubject: (url: string) => `Error en ${url}`,
  lastReviewed: 'Última revisión de la página:',
  nextReview: 'Próxima revisión:',
};

export const layoutStrings: Record<Locale, LayoutStrings> = { en, es };
