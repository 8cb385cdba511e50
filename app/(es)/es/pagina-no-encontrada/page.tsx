import type { Metadata } from 'next';
import { NotFoundView } from '@/components/pages/NotFoundView';
import { pageStrings } from '@/lib/i18n/pages';

// Served by hosts for any address under /es/ that has no page (the build copies it to es/404.html).
export const metadata: Metadata = { title: pageStrings.es.notFound.title, robots: { index: false } };

export default function NotFoundPage() {
  return <NotFoundView locale="es" />;
}
