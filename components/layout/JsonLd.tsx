import { serializeJsonLd } from '@/lib/seo/jsonld';

type Props = { data: unknown };

/** Structured data as a JSON-LD data block: not a script that runs, so content pages keep it. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
