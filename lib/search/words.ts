import type { Locale } from '@/lib/site-map/pages';

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/**
 * Words that carry no meaning in a search of this site, by language:
 * question words, pronouns, small joining words and the verbs a question is
 * built on. Words that do matter to a patient ("after", "before", "pain",
 * "drive", "long"; "después", "antes", "dolor", "manejar", "dura") are kept.
 * Written as the search compares them: lowercase, without accents.
 */
export const STOP_WORDS: Record<Locale, Set<string>> = {
  en: words(`
    a about above again all also am an and any anyone anybody are as at be been being but by can cant common could did do
    does doing done dont even ever for from get gets getting give go going got had has have having he heard her here hers
    him his how i id if im in information into involved is isnt it its ive just know knowing let lets like may maybe me
    might mine more most much my myself need needs no not now of ok okay on once one only possible possibly or other our
    out please question really recently say she should so some someone something still such suspect tell than thank thanks
    that thats the their them then there these they thing things this those to too um us very want wants was wasnt we
    were what whats when where which while who whom whose why will with wondering would wouldnt yes yet you your yours
    youre
    procedure procedures test tests exam exams examination x ray rays xray xrays
  `),
  es: words(`
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
};

/** Words found on nearly every page of an edition, which say nothing about which section answers. */
export const EVERYWHERE: Record<Locale, Set<string>> = {
  en: words('x ray rays xray test tests procedure procedures scan fluoroscopy'),
  es: words('x rayo rayos prueba pruebas procedimiento procedimientos examen fluoroscopia'),
};
