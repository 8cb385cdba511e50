/** One test, with the path of its page from the site map. */
export type AtoZItem = { slug: string; href: string; title: string; otherNames: string[] };

type Entry = { name: string; slug: string; href: string; otherNameOf?: string };

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** Every name a test goes by, each once, sorted as a reader would look them up. */
export function atoZEntries(items: AtoZItem[]): Entry[] {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  const add = (entry: Entry) => {
    const key = entry.name.toLocaleLowerCase('en');
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  for (const item of items) add({ name: item.title, slug: item.slug, href: item.href });
  for (const item of items) for (const name of item.otherNames) add({ name, slug: item.slug, href: item.href, otherNameOf: item.title });
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

function letterOf(name: string): string {
  const first = name.trim().charAt(0).toLocaleUpperCase('en');
  return LETTERS.includes(first) ? first : '#';
}

/**
 * Tests A to Z: each test under its own name and under every other name it
 * goes by (a letter may say "HSG" or "esophagram"), so a reader finds it by the
 * word they were given. Letters with no test are shown but not linked.
 */
export function ProcedureAtoZ({ items }: { items: AtoZItem[] }) {
  const entries = atoZEntries(items);
  const byLetter = new Map<string, Entry[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.name);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  return (
    <section aria-labelledby="a-to-z" className="tests-a-to-z mb-12 max-w-prose">
      <h2 id="a-to-z" className="mb-3 text-2xl font-bold">
        Tests A to Z
      </h2>
      <p className="mb-4">Every test is listed under its own name and under the other names it goes by.</p>
      <nav aria-label="Letters" className="mb-6">
        <ul className="flex flex-wrap gap-1">
          {LETTERS.map((letter) => (
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
                <a href={entry.href} className={entry.otherNameOf ? '' : 'font-bold'}>
                  {entry.name}
                </a>
                {entry.otherNameOf ? <span className="text-muted"> (another name for {entry.otherNameOf})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
