import type { NavItem } from '@/components/layout/MainNav';
import { getGuides } from './content';

/** The guides a reader needs around an appointment, in the order they need them; the rest sit under "All guides". */
const GUIDES_IN_NAV = ['preparing', 'procedure', 'after', 'risks'];

/**
 * The main navigation: short enough for one row on a tablet. The glossary and
 * the clinic tools are in the footer, since few readers look for them.
 */
export function mainNavItems(): NavItem[] {
  const guides = getGuides();
  return [
    { href: '/procedures/', label: 'Find your test' },
    ...GUIDES_IN_NAV.flatMap((slug) => {
      const guide = guides.find((g) => g.slug === slug);
      return guide ? [{ href: `/${slug}/`, label: guide.meta.navTitle ?? guide.meta.title }] : [];
    }),
    { href: '/#all-guides', label: 'All guides' },
  ];
}

/** The guide after this one in reading order, for the "Next" link at the foot of a guide. */
export function nextGuide(slug: string) {
  const guides = getGuides();
  const index = guides.findIndex((g) => g.slug === slug);
  return index >= 0 ? guides[index + 1] : undefined;
}
