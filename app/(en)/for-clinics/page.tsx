import { ForClinicsView } from '@/components/pages/ForClinicsView';
import { clinicPageStrings } from '@/lib/i18n/clinic';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('for-clinics', 'en', clinicPageStrings.en.forClinics);

export default function ForClinicsPage() {
  return <ForClinicsView locale="en" />;
}
