import 'server-only';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ADDRESS_CLASS_LABELS, classifyAddress } from './address-class';
import { UrlImportError } from './errors';

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** Accepts only absolute http(s) addresses without credentials. */
export function parseFetchableUrl(raw: string): URL {
  let url: URL;
  if (raw.length > 2000)
    throw new UrlImportError('bad_url', 'That address is too long (max 2,000 characters).');
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UrlImportError('bad_url', 'Enter a full address starting with http:// or https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UrlImportError('bad_url', 'Only http and https addresses can be imported.');
  if (url.username || url.password)
    throw new UrlImportError('bad_url', 'Addresses with a user name or password are not accepted.');
  url.hash = '';
  return url;
}

async function lookupAll(host: string, signal: AbortSignal): Promise<CheckedAddress[]> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, verbatim: true }), aborted]);
    if (found.length > 0)
      return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } catch (error) {
    if (signal.aborted) throw error;
  }
  throw new UrlImportError(
    'dns',
    `Could not find the site ${host}: its name does not resolve (DNS lookup failed).`,
  );
}

/**
 * Resolves the URL's host and refuses it unless every address is public; the caller connects only to these
 * addresses, so a second DNS answer cannot swap in a private one.
 */
export async function resolveAllowedAddresses(
  url: URL,
  allowPrivate: boolean,
  signal: AbortSignal,
): Promise<CheckedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses: CheckedAddress[] = family
    ? [{ address: host, family: family === 6 ? 6 : 4 }]
    : await lookupAll(host, signal);
  if (allowPrivate) return addresses;
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind !== 'public') {
      const where = family ? address : `${host} (${address})`;
      throw new UrlImportError(
        'refused_address',
        `Refused to fetch ${where}: it is ${ADDRESS_CLASS_LABELS[kind]}, not a public web server.`,
      );
    }
  }
  return addresses;
}
