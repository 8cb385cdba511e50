import { pageStrings } from '@/lib/i18n/pages';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/** One test, with the path of its page from the site map. */
export type AtoZItem = { slug: string; href: string; title: string; otherNames: string[]; englishNames?: string[] };

/** `lang` marks a name in English on a Spanish page, as a letter from a US hospital may give it. */
type Entry = { name: string; slug: string; href: string; otherNameOf?: string; lang?: 'en' };

/** The letters a reader looks a name up under: Spanish has its own Ñ. */
const LETTERS: Record<Locale, string[]> = {
  en: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
  es: 'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'.split(''),
};

/** Every name a test goes by, each once, sorted as a reader would look them up. */
export function atoZEntries(items: AtoZItem[], locale: Locale = DEFAULT_LOCALE): Entry[] {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  const add = (entry: Entry) => {
    const key = entry.name.toLocaleLowerCase(locale);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  for (const item of items) add({ name: item.title, slug: item.slug, href: item.href });
  for (const item of items) for (const name of item.otherNames) add({ name, slug: item.slug, href: item.href, otherNameOf: item.title });
  for (const item of items) for (const name of item.englishNames ?? []) add({ name, slug: item.slug, href: item.href, otherNameOf: item.title, lang: 'en' });
  return entries.sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' }));
}

function letterOf(name: string, locale: Locale): string {
  const first = name.trim().charAt(0).toLocaleUpperCase(locale);
  // "Ángulo" is under A; Ñ keeps its own letter.
  const letter = first === 'Ñ' ? first : first.normalize('NFD').replace(/\p{M}/gu, '');
  return LETTERS[locale].includes(letter) ? letter : '#';
}

/**
 * Tests A to Z: each test under its own name and under every other name it
 * goes by (a letter may say "HSG" or "esophagram"), so a reader finds it by the
 * word they were given. Letters with no test are shown but not linked.
 */
export function ProcedureAtoZ({ items, locale = DEFAULT_LOCALE }: { items: AtoZItem[]; locale?: Locale }) {
  const t = pageStrings[locale].procedures;
  const entries = atoZEntries(items, locale);
  const byLetter = new Map<string, Entry[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.name, locale);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  return (
    <section aria-labelledby="a-to-z" className="tests-a-to-z mb-12 max-w-prose">
      <h2 id="a-to-z" className="mb-3 text-2xl font-bold">
        {t.aToZ}
      </h2>
      <p className="mb-4">{t.aToZIntro}</p>
      <nav aria-label={t.letters} className="mb-6">
        <ul className="flex flex-wrap gap-1">
          {LETTERS[locale].map((letter) => (
            <li key={letter}>
              {byLetter.has(letter) ? (
                <a href={`#letter-${letter}`} className="flex h-11 w-11 items-center justify-center border-2 border-brand font-bold">
                  {letter}
                </a>
              ) : (
                <span className="flex h-11 w-11 items-center justify-center text-muted">
                  {letter}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {[...byLetter].map(([letter, list]) => (
        <div key={letter} className="a-to-z-letter mb-6 border-t border-line pt-3">
          <h3 id={`letter-${letter}`} className="mb-2 text-xl font-bold">
            {letter}
          </h3>
          <ul className="gap-x-8 space-y-2 sm:columns-2 [&>li]:break-inside-avoid">
            {list.map((entry) => (
              <li key={entry.name} data-slug={entry.slug}>
                <a href={entry.href} className={entry.otherNameOf ? '' : 'font-bold'} lang={entry.lang}>
                  {entry.name}
                </a>
                {entry.otherNameOf ? <span className="text-muted">{t.otherNameOf(entry.otherNameOf)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
