import { layoutStrings } from '@/lib/i18n/layout';
import type { PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { items: PageLink[]; current?: string; locale?: Locale };

function Links({ items, current, className }: Omit<Props, 'locale'> & { className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <a
            href={item.href}
            aria-current={item.href === current ? 'page' : undefined}
            className="nav-link"
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The main navigation, built from the content list. On a phone it folds into a
 * native <details> "Menu" (its button in the header's top row, its list below
 * the search box when open) so the page starts near the top of the screen; on
 * wider screens it is a plain row of links. Only one of the two is ever shown,
 * and neither needs a script. Both are in the HTML, so they carry different
 * names ("Main menu" on a phone, "Main" on a wide screen).
 */
export function MainNav({ items, current, locale = DEFAULT_LOCALE }: Props) {
  const t = layoutStrings[locale];
  return (
    <div className="main-nav bg-brandDark">
      <details className="main-nav-menu md:hidden">
        {/* Drawn up in the header's first row, beside the site name, so the closed menu takes no row of its own. */}
        <summary className="absolute top-1.5 right-2 flex min-h-11 cursor-pointer items-center gap-2 px-2 font-bold text-white">
          <span aria-hidden="true">☰</span> {t.menu}
        </summary>
        <nav aria-label={t.mainMenuLabel}>
          <Links items={items} current={current} className="flex flex-col px-2 pb-2" />
        </nav>
      </details>
      <nav aria-label={t.mainNavLabel} className="hidden md:block">
        <Links items={items} current={current} className="mx-auto flex max-w-page flex-wrap gap-x-1 px-2 md:max-lg:gap-x-0.5" />
      </nav>
    </div>
  );
}
