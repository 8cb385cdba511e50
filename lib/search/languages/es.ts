import { searchTermsEs } from '@/content/data/es/search-terms';
import type { QueryLanguage } from './types';
import { wordSet } from './word-set';

/**
 * How the Spanish search page reads a query. Stop words: question words
 * ("qué", "cómo", "cuándo"), articles, pronouns, small joining words, the
 * verbs a question is built on ("puedo", "es", "hay") and words on nearly
 * every page; words that matter to a patient ("después", "antes", "dolor",
 * "manejar", "dura") are kept. Written as the search compares them:
 * lowercase, without accents.
 */
export const spanish: QueryLanguage = {
  terms: searchTermsEs,
  stop: wordSet(`
    que como cuando donde cual cuales quien quienes cuanto cuanta cuantos cuantas porque por para
    el la los las lo un una unos unas al del de a en con sin sobre entre hasta desde hacia segun y o u e ni si no
    yo tu usted ustedes ella ellas ellos nosotros nosotras me te se le les nos mi mis su sus tus nuestro nuestra
    este esta esto estos estas ese esa eso esos esas aquel aquella
    es son soy eres somos ser sera seria fue era estoy estas estamos esta estan estar estaba hay habia ha he han has haber hacer hace hacen hago
    hizo hicieron puedo puede pueden podria podrian poder debo debe deben deberia tengo tiene tienen tener tuve tuvo
    quiero quiere quisiera necesito necesita voy va van vamos ir sabe saber se pasa pasar
    muy mas menos tan tanto mucho mucha muchos muchas poco algo alguien algun alguno alguna nada nadie cosa cosas asi
    bien tambien ya aun todavia ahora aqui ahi alla otro otra otros otras mismo misma todo toda todos todas solo
    hola gracias favor pregunta preguntas duda dudas saludos ok vez veces
    procedimiento procedimientos prueba pruebas examen examenes x rayo rayos
  `),
  everywhere: wordSet('x rayo rayos prueba pruebas procedimiento procedimientos examen fluoroscopia'),
};
