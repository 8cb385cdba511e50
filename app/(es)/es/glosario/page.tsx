import { GlossaryView } from '@/components/pages/GlossaryView';
import { pageStrings } from '@/lib/i18n/pages';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('glossary', 'es', pageStrings.es.glossary);

export default function GlossaryPage() {
  return <GlossaryView locale="es" />;
}
