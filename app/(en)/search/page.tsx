import { SearchView } from '@/components/pages/SearchView';
import { searchPageStrings } from '@/lib/i18n/search';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('search', 'en', searchPageStrings.en.meta, { noindex: true });

export default function SearchPage() {
  return <SearchView locale="en" />;
}
