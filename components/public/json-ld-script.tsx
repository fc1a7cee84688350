import { serializeJsonLd } from '@/lib/json-ld/claim-review';

/** The only raw-HTML insertion on the public site: JSON with `<` escaped, so text cannot end the script. */
export function JsonLdScript({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
