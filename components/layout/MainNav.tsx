export type NavItem = { href: string; label: string };

type Props = { items: NavItem[]; current?: string };

/** The main navigation, built from the content list. A wrapping list: no menu button, no script. */
export function MainNav({ items, current }: Props) {
  return (
    <nav aria-label="Main" className="main-nav bg-brandDark">
      <ul className="mx-auto flex max-w-page flex-wrap gap-x-1 px-2">
        {items.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={item.href === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center px-2 py-2 text-base text-white underline-offset-4 hover:underline"
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
