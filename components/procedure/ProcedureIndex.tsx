import { bodyGroupsEs } from '@/content/data/es/procedure-labels';
import { bodyGroups, type BodyGroup } from '@/content/schema/procedure';
import { pageStrings } from '@/lib/i18n/pages';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

const GROUP_NAMES: Record<Locale, Record<BodyGroup, string>> = { en: bodyGroups, es: bodyGroupsEs };

export type IndexItem = { href: string; title: string; group: BodyGroup; purpose: string; otherNames: string[] };

type Props = { procedures: IndexItem[]; locale?: Locale };

/** Tests grouped by body system, with a contents list of the groups. Groups with no test are left out. */
export function ProcedureIndex({ procedures, locale = DEFAULT_LOCALE }: Props) {
  const t = pageStrings[locale].procedures;
  const names = GROUP_NAMES[locale];
  const groups = (Object.keys(bodyGroups) as BodyGroup[])
    .map((group) => ({ group, items: procedures.filter((p) => p.group === group) }))
    .filter((g) => g.items.length);
  return (
    <>
      <nav aria-labelledby="groups" className="mb-8 max-w-prose border-l-4 border-line pl-4">
        <h2 id="groups" className="mb-2 text-2xl font-bold">
          {t.groups}
        </h2>
        <ul className="space-y-1">
          {groups.map(({ group }) => (
            <li key={group}>
              <a href={`#${group}`}>{names[group]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ group, items }) => (
        <section key={group} aria-labelledby={group} className="procedure-group mb-10 max-w-prose">
          <h2 id={group} className="mb-4 text-2xl font-bold">
            {names[group]}
          </h2>
          <ul className="space-y-4">
            {items.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="text-lg font-bold">
                  {item.title}
                </a>
                <p>{item.purpose}</p>
                {item.otherNames.length ? (
                  <p className="text-base text-muted">
                    {t.alsoCalled}
                    {item.otherNames.join(', ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
