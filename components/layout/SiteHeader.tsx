import { SITE_NAME } from '@/lib/site';
import { MainNav, type NavItem } from './MainNav';
import { SearchForm } from './SearchForm';

type Props = { items: NavItem[]; current?: string };

/** Site name, search box and main navigation. Plain HTML: it works without JavaScript. */
export function SiteHeader({ items, current }: Props) {
  return (
    <header className="site-header border-b-4 border-brandDark bg-brand text-white">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-4 px-4 py-4">
        <a href="/" className="site-name text-2xl font-bold text-white no-underline hover:underline">
          {SITE_NAME}
        </a>
        <SearchForm />
      </div>
      <MainNav items={items} current={current} />
    </header>
  );
}
