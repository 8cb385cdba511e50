import type { Locale } from '@/lib/site-map/pages';

/*
 * The fixed words of the search pages, in each language: the page itself,
 * its search box, and its results. All are written into the page by the
 * server; the search script brings no words of its own. Each English object
 * (or type) sets the shape; a language that leaves a string out does not
 * type-check.
 */

const enPage = {
  meta: {
    title: 'Search',
    description: 'Search the Fluoroscopy Guide for a test, a word or a question, such as barium, dye, pregnant or how long.',
  },
  heading: 'Search this guide',
  noScript: {
    lead: 'Search needs JavaScript, which is turned off in your browser, so this page cannot search for the words you typed.',
    query: 'The words you typed are still at the end of this page’s address, after “?q=”.',
    browseBefore: 'You can still find every page: start with ',
    browseLink: 'the list of tests',
    browseAfter: ', or one of the guides below.',
  },
  browse: 'Or browse',
  allTests: 'All tests, A to Z',
  glossary: 'Glossary of medical words',
  shareImage: { title: 'Search this guide', alt: 'Fluoroscopy Guide share image: Search this guide' },
};

export type SearchPageStrings = typeof enPage;

const esPage: SearchPageStrings = {
  meta: {
    title: 'Buscar',
    description: 'Busque en la Guía de fluoroscopia una prueba, una palabra o una pregunta, como bario, tinte, embarazada o cuánto dura.',
  },
  heading: 'Buscar en esta guía',
  noScript: {
    lead: 'Para buscar se necesita JavaScript. Su navegador lo tiene apagado, así que esta página no puede buscar las palabras que escribió.',
    query: 'Las palabras que escribió siguen al final de la dirección de esta página, después de “?q=”.',
    browseBefore: 'Aun así puede encontrar todas las páginas: empiece por ',
    browseLink: 'la lista de pruebas',
    browseAfter: ' o por una de las guías de abajo.',
  },
  browse: 'O vea la lista',
  allTests: 'Todas las pruebas, de la A a la Z',
  glossary: 'Glosario de palabras médicas',
  shareImage: { title: 'Buscar en esta guía', alt: 'Imagen para compartir de la Guía de fluoroscopia: Buscar en esta guía' },
};

export const searchPageStrings: Record<Locale, SearchPageStrings> = { en: enPage, es: esPage };

/** The search box of every page's header, which the search page's script also draws. */
const enBox = {
  formLabel: 'Site',
  label: 'Search this guide',
  placeholder: 'For example: barium',
  button: 'Search',
};

export type SearchBoxStrings = typeof enBox;

const esBox: SearchBoxStrings = {
  formLabel: 'Sitio',
  label: 'Buscar en esta guía',
  placeholder: 'Por ejemplo: bario',
  button: 'Buscar',
};

export const searchBoxStrings: Record<Locale, SearchBoxStrings> = { en: enBox, es: esBox };

/*
 * The words of the results. Those around the results ("Section:", "Show more
 * results", the note when nothing is found) are written into the search page's
 * templates by the server. The status lines hold a number or the reader's
 * words, so they go to the script as data, with {count} and {query} where
 * those go: the page carries its own language's lines, and the script no code
 * to make them.
 */
const enResults = {
  didYouMean: 'Did you mean',
  questionEnd: '?',
  fewerWords: 'No page has all of those words, so these pages have some of them.',
  section: 'Section:',
  showMore: 'Show more results',
  noResults: {
    before: 'Try another word, or look through ',
    tests: 'the list of tests',
    or: ' or ',
    faq: 'questions people often ask',
    after: '.',
  },
};

export type SearchResultStrings = typeof enResults;

const esResults: SearchResultStrings = {
  didYouMean: '¿Quiso decir',
  questionEnd: '?',
  fewerWords: 'Ninguna página tiene todas esas palabras, así que estas páginas tienen algunas de ellas.',
  section: 'Sección:',
  showMore: 'Ver más resultados',
  noResults: {
    before: 'Pruebe con otra palabra, o vea ',
    tests: 'la lista de pruebas',
    or: ' o ',
    faq: 'las preguntas frecuentes',
    after: '.',
  },
};

export const searchResultStrings: Record<Locale, SearchResultStrings> = { en: enResults, es: esResults };

/** A line for each plural category of the language (as Intl.PluralRules names them) that needs its own; "other" for the rest. */
type PluralLine = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export type SearchStatusStrings = {
  idle: string;
  searching: string;
  error: string;
  noPages: string;
  found: PluralLine;
  /** Said after `found` when more pages were found than are shown: always five or more. */
  showing: string;
};

const enStatus: SearchStatusStrings = {
  idle: 'Type a word or a question in the search box, for example "barium" or "pregnant".',
  searching: 'Searching…',
  error: 'Search is not working right now. Try the list of tests or the guides below.',
  noPages: 'No pages found for “{query}”.',
  found: { one: '{count} page found for “{query}”.', other: '{count} pages found for “{query}”.' },
  showing: 'Showing the best {count}.',
};

const esStatus: SearchStatusStrings = {
  idle: 'Escriba una palabra o una pregunta en el cuadro de búsqueda, por ejemplo "bario" o "embarazada".',
  searching: 'Buscando…',
  error: 'La búsqueda no funciona en este momento. Pruebe la lista de pruebas o las guías de abajo.',
  noPages: 'No se encontraron páginas para “{query}”.',
  found: { one: 'Se encontró {count} página para “{query}”.', other: 'Se encontraron {count} páginas para “{query}”.' },
  showing: 'Se muestran las {count} mejores.',
};

export const searchStatusStrings: Record<Locale, SearchStatusStrings> = { en: enStatus, es: esStatus };
