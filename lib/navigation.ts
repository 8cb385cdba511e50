import type { NavItem } from '@/components/layout/MainNav';
import { getGuides } from './content';

/** The main navigation: every guide in order, then the test index and the clinic tools. */
export function mainNavItems(): NavItem[] {
  return [
    ...getGuides().map((guide) => ({ href: `/${guide.slug}/`, label: guide.meta.navTitle ?? guide.meta.title })),
    { href: '/procedures/', label: 'Tests A to Z' },
    { href: '/glossary/', label: 'Glossary' },
    { href: '/for-clinics/', label: 'For clinics' },
  ];
}

/** The guide after this one in reading order, for the "Next" link at the foot of a guide. */
export function nextGuide(slug: string) {
  const guides = getGuides();
  const index = guides.findIndex((g) => g.slug === slug);
  return index >= 0 ? guides[index + 1] : undefined;
}
