import 'server-only';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { parseFetchableUrl, resolveAllowedAddresses, type CheckedAddress } from './address-guard';
import { decodeHtml, isHtmlType, mediaTypeOf } from './decode-html';
import { UrlImportError } from './errors';
import { limitsFrom, type FetchLimits } from './limits';

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  html: string;
}

/** What kind of document a fetch wants, and the validators of a copy already held (conditional GET). */
export interface FetchRequest {
  accept: string;
  isWanted(contentType: string | undefined): boolean;
  unwanted(contentType: string | undefined): UrlImportError;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchedResource =
  | { status: 304; url: string }
  | {
      status: 200;
      url: string;
      bytes: Buffer;
      contentType: string | undefined;
      etag: string | null;
      lastModified: string | null;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  'user-agent': 'FactdeskImport/1.0 (newsroom fact-check tool)',
  'accept-encoding': 'gzip, deflate, br',
};

const HTML_REQUEST: FetchRequest = {
  accept: 'text/html,application/xhtml+xml;q=0.9',
  isWanted: isHtmlType,
  unwanted: (contentType) =>
    new UrlImportError(
      'not_html',
      `That address is not a web page (it is ${mediaTypeOf(contentType) || 'of an unknown type'}); only HTML pages can be imported.`,
    ),
};

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Connects only to the addresses already checked, so DNS is not asked again between check and connect. */
function pinnedLookup(addresses: CheckedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function send(
  url: URL,
  addresses: CheckedAddress[],
  signal: AbortSignal,
  wanted: FetchRequest,
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = { ...HEADERS, accept: wanted.accept };
  if (wanted.etag) headers['if-none-match'] = wanted.etag;
  if (wanted.lastModified) headers['if-modified-since'] = wanted.lastModified;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: 'GET', headers, signal, agent: false, lookup: pinnedLookup(addresses) },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

function decodedStream(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  // pipeline (not pipe) so an aborted download also ends the decompressor instead of leaving it waiting.
  const decompress = (decoder: Transform) => pipeline(response, decoder, () => {});
  if (encoding === 'gzip' || encoding === 'x-gzip') return decompress(zlib.createGunzip());
  if (encoding === 'deflate') return decompress(zlib.createInflate());
  if (encoding === 'br') return decompress(zlib.createBrotliDecompress());
  if (encoding === 'identity' || encoding === '') return response;
  response.destroy();
  throw new UrlImportError(
    'network',
    `The page uses an encoding Factdesk cannot read (${encoding}).`,
  );
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new UrlImportError(
      'too_large',
      `The page is too large to import (${megabytes(declared)}; the limit is ${megabytes(maxBytes)}).`,
    );
  }
  const stream = decodedStream(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes)
        throw new UrlImportError(
          'too_large',
          `The page is too large to import (more than ${megabytes(maxBytes)}).`,
        );
      chunks.push(chunk as Buffer);
    }
  } finally {
    // Stops the download as soon as the cap is hit (or anything else fails).
    response.destroy();
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

function statusError(response: IncomingMessage): UrlImportError {
  const status = `${response.statusCode} ${response.statusMessage ?? ''}`.trim();
  return new UrlImportError(
    'http_status',
    `The site answered ${status}; the page could not be read.`,
  );
}

function networkError(error: unknown, url: URL): UrlImportError {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  if (code === 'ECONNREFUSED')
    return new UrlImportError('network', `${url.host} refused the connection.`);
  if (code.startsWith('ERR_TLS') || code.includes('CERT'))
    return new UrlImportError('network', `The secure connection to ${url.host} failed (${code}).`);
  return new UrlImportError('network', `Could not reach ${url.host}${code ? ` (${code})` : ''}.`);
}

/** Fetches an HTML page under the limits, following up to maxRedirects redirects and checking every hop's address. */
export async function fetchPage(
  rawUrl: string,
  overrides: Partial<FetchLimits> = {},
): Promise<FetchedPage> {
  const fetched = await fetchResource(rawUrl, HTML_REQUEST, overrides);
  if (fetched.status === 304) throw new UrlImportError('http_status', 'The site answered 304.');
  return { url: fetched.url, html: decodeHtml(fetched.bytes, fetched.contentType) };
}

/** fetchPage for any wanted type, with conditional GET: 304 when the held copy is current. */
export async function fetchResource(
  rawUrl: string,
  wanted: FetchRequest,
  overrides: Partial<FetchLimits> = {},
): Promise<FetchedResource> {
  const limits = limitsFrom(overrides);
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new UrlImportError(
          'timeout',
          `The site did not answer within ${limits.timeoutMs / 1000} seconds.`,
        ),
      ),
    limits.timeoutMs,
  );
  let url = parseFetchableUrl(rawUrl);
  try {
    for (let redirects = 0; ; redirects++) {
      const addresses = await resolveAllowedAddresses(url, limits.allowPrivate, controller.signal);
      const response = await send(url, addresses, controller.signal, wanted).catch((error) => {
        throw error instanceof UrlImportError ? error : networkError(error, url);
      });
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) throw statusError(response);
        if (redirects >= limits.maxRedirects)
          throw new UrlImportError(
            'too_many_redirects',
            `The page redirected more than ${limits.maxRedirects} times.`,
          );
        url = parseFetchableUrl(new URL(location, url).toString());
        continue;
      }
      if (status === 304 && (wanted.etag || wanted.lastModified)) {
        response.destroy();
        return { status: 304, url: url.toString() };
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw statusError(response);
      }
      const contentType = response.headers['content-type'];
      if (!wanted.isWanted(contentType)) {
        response.destroy();
        throw wanted.unwanted(contentType);
      }
      const bytes = await readCapped(response, limits.maxBytes);
      const header = (name: string) => {
        const value = response.headers[name];
        return typeof value === 'string' && value ? value : null;
      };
      return {
        status: 200,
        url: url.toString(),
        bytes,
        contentType,
        etag: header('etag'),
        lastModified: header('last-modified'),
      };
    }
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
