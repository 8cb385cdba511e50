import { ForClinicsView } from '@/components/pages/ForClinicsView';
import { clinicPageStrings } from '@/lib/i18n/clinic';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('for-clinics', 'es', clinicPageStrings.es.forClinics);

export default function ForClinicsPage() {
  return <ForClinicsView locale="es" />;
}
