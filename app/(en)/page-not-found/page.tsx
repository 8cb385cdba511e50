import type { Metadata } from 'next';
import { NotFoundView } from '@/components/pages/NotFoundView';
import { pageStrings } from '@/lib/i18n/pages';

// Served by hosts for any address under English paths that has no page (the build copies it to 404.html).
export const metadata: Metadata = { title: pageStrings.en.notFound.title, robots: { index: false } };

export default function NotFoundPage() {
  return <NotFoundView locale="en" />;
}
