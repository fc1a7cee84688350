// IP address classification for the URL-import guard: which addresses a server-side fetch must never
// reach. Parsing and the IANA special-purpose ranges come from ipaddr.js.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'cgnat'
  | 'tunnel'
  | 'reserved'
  | 'invalid';

export const ADDRESS_CLASS_LABELS: Record<AddressClass, string> = {
  public: 'a public address',
  unspecified: 'an unspecified address',
  loopback: 'a loopback address',
  private: 'a private network address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  cgnat: 'a carrier-grade NAT address',
  tunnel: 'a tunnel (Teredo) address',
  reserved: 'a reserved address',
  invalid: 'not a valid IP address',
};

// ipaddr.js range names; any range not listed is reachable on the internet ('public').
const V4_CLASSES: Record<string, AddressClass> = {
  unspecified: 'unspecified',
  broadcast: 'reserved',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'cgnat',
  private: 'private',
  reserved: 'reserved',
};

const V6_CLASSES: Record<string, AddressClass> = {
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'private',
  discard: 'reserved',
  teredo: 'tunnel',
  benchmarking: 'reserved',
  deprecatedOrchid: 'reserved',
  orchid2: 'reserved',
  droneRemoteIdProtocolEntityTags: 'reserved',
  segmentRouting: 'reserved',
  reserved: 'reserved',
};

// RFC 8215's local-use NAT64 prefix: translated by a network's own gateway, so never public.
const NAT64_LOCAL_USE = ipaddr.parseCIDR('64:ff9b:1::/48') as [ipaddr.IPv6, number];

function classifyV4(address: ipaddr.IPv4): AddressClass {
  return V4_CLASSES[address.range()] ?? 'public';
}

function v4FromBytes(bytes: number[]): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes);
}

/** IPv6 forms that carry an IPv4 address (mapped, translated, NAT64, 6to4, IPv4-compatible) are judged by it. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = address.toByteArray();
  switch (address.range()) {
    case 'ipv4Mapped':
    case 'rfc6145':
    case 'rfc6052':
      return v4FromBytes(bytes.slice(12));
    case '6to4':
      return v4FromBytes(bytes.slice(2, 6));
  }
  // The deprecated IPv4-compatible form ::a.b.c.d (::/96, other than :: and ::1).
  return bytes.slice(0, 12).every((b) => b === 0) ? v4FromBytes(bytes.slice(12)) : null;
}

/** Classifies an IPv4 or IPv6 address (brackets and zone ids allowed); only 'public' may be fetched. */
export function classifyAddress(text: string): AddressClass {
  const bare = text.replace(/^\[|\]$/g, '');
  // node:net decides what is an address at all: no shorthand IPv4 forms such as "1.2.3" or "0x7f.1".
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return classifyV4(ipaddr.IPv4.parse(bare));
  if (family !== 6) return 'invalid';
  const address = ipaddr.IPv6.parse(bare);
  const kind = V6_CLASSES[address.range()];
  if (kind) return kind;
  if (address.match(NAT64_LOCAL_USE)) return 'private';
  const v4 = embeddedV4(address);
  return v4 ? classifyV4(v4) : 'public';
}
