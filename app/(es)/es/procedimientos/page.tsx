import { ProceduresView } from '@/components/pages/ProceduresView';
import { pageStrings } from '@/lib/i18n/pages';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('procedures', 'es', pageStrings.es.procedures);

export default function ProceduresPage() {
  return <ProceduresView locale="es" />;
}
