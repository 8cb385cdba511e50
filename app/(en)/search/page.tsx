import { SearchView } from '@/components/pages/SearchView';
import { searchStrings } from '@/lib/i18n/search';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('search', 'en', searchStrings.en.meta, { noindex: true });

export default function SearchPage() {
  return <SearchView locale="en" />;
}
