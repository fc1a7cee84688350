// Which address a request came from, for per-address throttling and the security log. Pure.
import ipaddr from 'ipaddr.js';

export type ProxyTrust =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'cidrs'; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

/** Set by the front server (scripts/serve.ts) from the connection; a client's own value is overwritten. */
export const CLIENT_ADDRESS_HEADER = 'x-factdesk-client-address';

const FRONT_SERVER = Symbol.for('factdesk.front-server');

/** Called once by the front server: from then on the header above is known to be its own. */
export function markFrontServer(): void {
  (globalThis as Record<symbol, unknown>)[FRONT_SERVER] = true;
}

/**
 * The proxy setting: `TRUSTED_PROXY_HOPS` (how many proxies in front append to X-Forwarded-For) or
 * `TRUSTED_PROXIES` (comma-separated addresses or CIDRs of those proxies); neither = no proxy.
 */
export function readProxyTrust(env: Record<string, string | undefined>): ProxyTrust {
  const hops = env.TRUSTED_PROXY_HOPS?.trim();
  const cidrs = env.TRUSTED_PROXIES?.trim();
  if (hops && cidrs) throw new Error('Set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both.');
  if (hops) {
    if (!/^\d{1,2}$/.test(hops))
      throw new Error(
        `TRUSTED_PROXY_HOPS must be a whole number of proxies (0–99), not "${hops}".`,
      );
    return Number(hops) === 0 ? { kind: 'none' } : { kind: 'hops', hops: Number(hops) };
  }
  if (cidrs) {
    const ranges = cidrs.split(',').map((entry) => {
      const text = entry.trim();
      try {
        if (text.includes('/')) return ipaddr.parseCIDR(text);
        const address = ipaddr.process(text);
        return [address, address.kind() === 'ipv4' ? 32 : 128] as [typeof address, number];
      } catch {
        throw new Error(`TRUSTED_PROXIES: "${text}" is not an IP address or CIDR range.`);
      }
    });
    return { kind: 'cidrs', ranges };
  }
  return { kind: 'none' };
}

function normalise(text: string | undefined): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = text?.trim().replace(/^\[|\]$/g, '');
  return bare && ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, trust: ProxyTrust & { kind: 'cidrs' }) {
  return trust.ranges.some(
    ([range, bits]) => range.kind() === address.kind() && address.match(range, bits),
  );
}

/**
 * The client's address: the socket's peer, unless the setting says the peer is a proxy of ours; then
 * X-Forwarded-For is read from the right (each proxy appends the address it saw), and no further
 * than the setting allows, so a client-written entry on the left is never taken at its word.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trust: ProxyTrust,
): string | null {
  const peer = normalise(socketAddress);
  if (!peer) return null;
  if (trust.kind === 'none') return peer.toString();
  // Nearest first: the peer, then X-Forwarded-For from its right end.
  const chain = [socketAddress, ...(forwardedFor?.split(',') ?? []).reverse()];
  if (trust.kind === 'hops') {
    const index = Math.min(trust.hops, chain.length - 1);
    return normalise(chain[index])?.toString() ?? null;
  }
  for (const text of chain) {
    const address = normalise(text);
    if (!address) return null;
    if (!isTrusted(address, trust)) return address.toString();
  }
  return normalise(chain[chain.length - 1])?.toString() ?? null;
}

/** The client address the front server recorded, or null when the app is not behind it. */
export function clientAddressFrom(
  headers: Headers | Record<string, unknown> | undefined,
): string | null {
  if (!(globalThis as Record<symbol, unknown>)[FRONT_SERVER] || !headers) return null;
  const value =
    headers instanceof Headers
      ? headers.get(CLIENT_ADDRESS_HEADER)
      : headers[CLIENT_ADDRESS_HEADER];
  return typeof value === 'string' && value ? value : null;
}
