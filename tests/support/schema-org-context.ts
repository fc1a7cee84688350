// An offline stand-in for https://schema.org's JSON-LD context (no network in tests): the
// vocabulary, and the properties schema.org types as URLs, as @id (not a test file itself).
import type { RemoteDocument } from 'jsonld/jsonld-spec';

export const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': 'https://schema.org/',
    url: { '@type': '@id' },
    license: { '@type': '@id' },
    sameAs: { '@type': '@id' },
  },
};

/** A jsonld document loader that knows schema.org and refuses every other remote document. */
export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (/^https?:\/\/schema\.org\/?$/.test(url))
    return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  throw new Error(`No remote documents in tests: ${url}`);
}
