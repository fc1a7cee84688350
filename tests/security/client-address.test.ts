import { describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  markFrontServer,
  readProxyTrust,
  resolveClientAddress,
} from '@/lib/security/client-address';

const none = readProxyTrust({});

describe('the client address for per-address throttling', () => {
  it('is the socket address when no proxy is configured, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('203.0.113.9', undefined, none)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('2001:db8::7', 'garbage', none)).toBe('2001:db8::7');
    // Rotating the header changes nothing.
    const keys = new Set(
      Array.from({ length: 20 }, (_, i) =>
        resolveClientAddress('198.51.100.1', `10.0.0.${i}`, none),
      ),
    );
    expect(keys).toEqual(new Set(['198.51.100.1']));
  });

  it('takes the address the nth trusted proxy saw, never a client-written entry', () => {
    const oneHop = readProxyTrust({ TRUSTED_PROXY_HOPS: '1' });
    // The client wrote "6.6.6.6"; the proxy appended the real address it saw.
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9', oneHop)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', '203.0.113.9', oneHop)).toBe('203.0.113.9');
    const twoHops = readProxyTrust({ TRUSTED_PROXY_HOPS: '2' });
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1', twoHops)).toBe(
      '203.0.113.9',
    );
    // Fewer entries than hops: the farthest one there is.
    expect(resolveClientAddress('10.0.0.2', undefined, twoHops)).toBe('10.0.0.2');
    expect(readProxyTrust({ TRUSTED_PROXY_HOPS: '0' })).toEqual({ kind: 'none' });
  });

  it('skips only proxies inside TRUSTED_PROXIES', () => {
    const trust = readProxyTrust({ TRUSTED_PROXIES: '10.0.0.0/8, 2001:db8::/32,192.0.2.7' });
    expect(resolveClientAddress('10.1.2.3', '6.6.6.6, 203.0.113.9, 192.0.2.7', trust)).toBe(
      '203.0.113.9',
    );
    expect(resolveClientAddress('2001:db8::1', '2001:db8::2, 198.51.100.4', trust)).toBe(
      '198.51.100.4',
    );
    // A peer outside the list is the client, its header ignored.
    expect(resolveClientAddress('198.51.100.4', '6.6.6.6', trust)).toBe('198.51.100.4');
    // A malformed entry where the client should be gives no address rather than a forged one.
    expect(resolveClientAddress('10.1.2.3', 'not-an-ip', trust)).toBeNull();
  });

  it('refuses a setting it cannot read', () => {
    expect(() => readProxyTrust({ TRUSTED_PROXY_HOPS: 'two' })).toThrow(/whole number/);
    expect(() => readProxyTrust({ TRUSTED_PROXIES: '10.0.0.0/8, proxy.local' })).toThrow(
      /proxy\.local/,
    );
    expect(() => readProxyTrust({ TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXIES: '10.0.0.1' })).toThrow(
      /not both/,
    );
  });

  it('is read from the front server header only when the front server runs in this process', () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9' });
    expect(clientAddressFrom(headers)).toBeNull(); // plain `next start`: a client could have sent it
    markFrontServer();
    expect(clientAddressFrom(headers)).toBe('203.0.113.9');
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: '198.51.100.1' })).toBe('198.51.100.1');
    expect(clientAddressFrom({ 'x-forwarded-for': '1.2.3.4' })).toBeNull();
  });
});
