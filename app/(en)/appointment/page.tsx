import { AppointmentPageView } from '@/components/pages/AppointmentPageView';
import { clinicPageStrings } from '@/lib/i18n/clinic';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

// A landing page for clinic links, not a search result.
export const metadata = staticPageMetadata('appointment', 'en', clinicPageStrings.en.appointment, { noindex: true });

export default function AppointmentPage() {
  return <AppointmentPageView locale="en" />;
}
