// The security headers every response carries; pure, used by proxy.ts.

// Signed-in screens and the sign-in form render per request anyway, so they get a fresh nonce.
// Reader pages get a nonce-free policy that a shared cache may store with the page (README, Security).
const NONCE_PATHS = /^\/(newsroom|signin|account)(\/|$)/;

export function usesNonce(pathname: string): boolean {
  return NONCE_PATHS.test(pathname);
}

export function isApiPath(pathname: string): boolean {
  return pathname.startsWith('/api/');
}

export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

interface PolicyOptions {
  /** A fresh per-request nonce, or null for the static reader policy. */
  nonce: string | null;
  /** `next dev` needs eval for its error overlay and fast refresh. */
  dev?: boolean;
}

/** The Content-Security-Policy for an HTML page. */
export function pageContentSecurityPolicy({ nonce, dev = false }: PolicyOptions): string {
  // Next streams each page's data in inline scripts, different per response: a static policy cannot
  // list their hashes, so reader pages allow inline scripts but no script from another origin.
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : `'self' 'unsafe-inline'`;
  return [
    `default-src 'self'`,
    `script-src ${scripts}${dev ? ` 'unsafe-eval'` : ''}`,
    // Inline style attributes (progress bars) are not scripts; styles may come only from here.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** JSON and feeds execute nothing: forbid everything. */
export const API_CONTENT_SECURITY_POLICY = `default-src 'none'; frame-ancestors 'none'`;

/** Headers for every response; `https` adds HSTS (a browser ignores it over plain http anyway). */
export function securityHeaders(options: { csp: string; https: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': options.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    ...(options.https
      ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' }
      : {}),
  };
}
