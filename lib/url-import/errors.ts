import { DomainError } from '@/lib/errors';

export type UrlImportFailure =
  | 'bad_url'
  | 'dns'
  | 'refused_address'
  | 'timeout'
  | 'too_large'
  | 'not_html'
  | 'not_feed'
  | 'http_status'
  | 'too_many_redirects'
  | 'network'
  | 'no_article';

/** Why a page could not be imported; shown to the user under the URL field. */
export class UrlImportError extends DomainError {
  constructor(
    readonly reason: UrlImportFailure,
    message: string,
  ) {
    super('invalid', message, { url: message });
    this.name = 'UrlImportError';
  }
}
