// Pure IP address classification for the URL-import guard: which addresses a server-side fetch must never reach.
import { isIP } from 'node:net';

export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'cgnat'
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
  reserved: 'a reserved address',
  invalid: 'not a valid IP address',
};

interface Range {
  bytes: number[];
  prefix: number;
  kind: Exclude<AddressClass, 'public' | 'invalid'>;
}

const V4_RANGES: Range[] = [
  { bytes: [0, 0, 0, 0], prefix: 8, kind: 'unspecified' },
  { bytes: [10, 0, 0, 0], prefix: 8, kind: 'private' },
  { bytes: [100, 64, 0, 0], prefix: 10, kind: 'cgnat' },
  { bytes: [127, 0, 0, 0], prefix: 8, kind: 'loopback' },
  { bytes: [169, 254, 0, 0], prefix: 16, kind: 'link-local' },
  { bytes: [172, 16, 0, 0], prefix: 12, kind: 'private' },
  { bytes: [192, 0, 0, 0], prefix: 24, kind: 'reserved' },
  { bytes: [192, 0, 2, 0], prefix: 24, kind: 'reserved' },
  { bytes: [192, 88, 99, 0], prefix: 24, kind: 'reserved' },
  { bytes: [192, 168, 0, 0], prefix: 16, kind: 'private' },
  { bytes: [198, 18, 0, 0], prefix: 15, kind: 'reserved' },
  { bytes: [198, 51, 100, 0], prefix: 24, kind: 'reserved' },
  { bytes: [203, 0, 113, 0], prefix: 24, kind: 'reserved' },
  { bytes: [224, 0, 0, 0], prefix: 4, kind: 'multicast' },
  { bytes: [240, 0, 0, 0], prefix: 4, kind: 'reserved' },
];

const V6_RANGES: Range[] = [
  { bytes: new Array(16).fill(0), prefix: 128, kind: 'unspecified' },
  { bytes: [...new Array(15).fill(0), 1], prefix: 128, kind: 'loopback' },
  { bytes: [0x01, 0x00, ...new Array(14).fill(0)], prefix: 64, kind: 'reserved' },
  { bytes: [0x20, 0x01, 0x0d, 0xb8, ...new Array(12).fill(0)], prefix: 32, kind: 'reserved' },
  { bytes: [0xfc, ...new Array(15).fill(0)], prefix: 7, kind: 'unique-local' },
  { bytes: [0xfe, 0x80, ...new Array(14).fill(0)], prefix: 10, kind: 'link-local' },
  { bytes: [0xfe, 0xc0, ...new Array(14).fill(0)], prefix: 10, kind: 'private' },
  { bytes: [0xff, ...new Array(15).fill(0)], prefix: 8, kind: 'multicast' },
];

function inRange(bytes: number[], range: Range): boolean {
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const bits = Math.min(8, range.prefix - bit);
    const mask = (0xff << (8 - bits)) & 0xff;
    if ((bytes[bit / 8] & mask) !== (range.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

function parseV4(address: string): number[] {
  return address.split('.').map(Number);
}

function parseV6(address: string): number[] {
  // A dotted IPv4 tail ("::ffff:127.0.0.1") becomes two hex groups first.
  const text = address.replace(
    /(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
    (_, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`,
  );
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const toGroups = (part: string | null) =>
    part ? part.split(':').map((g) => parseInt(g, 16)) : [];
  const headGroups = toGroups(head);
  const tailGroups = toGroups(tail);
  const fill =
    tail === null ? [] : new Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill(0);
  return [...headGroups, ...fill, ...tailGroups].flatMap((g) => [(g >> 8) & 0xff, g & 0xff]);
}

function classifyV4Bytes(bytes: number[]): AddressClass {
  return V4_RANGES.find((range) => inRange(bytes, range))?.kind ?? 'public';
}

/** IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4, IPv4-compatible) are judged by that address. */
function embeddedV4(bytes: number[]): number[] | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
  if (
    bytes[0] === 0x00 &&
    bytes[1] === 0x64 &&
    bytes[2] === 0xff &&
    bytes[3] === 0x9b &&
    zeros(4, 12)
  )
    return bytes.slice(12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  if (zeros(0, 12) && !zeros(12, 15)) return bytes.slice(12);
  return null;
}

/** Classifies an IPv4 or IPv6 address (zone ids allowed); only 'public' may be fetched. */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return classifyV4Bytes(parseV4(bare));
  if (family !== 6) return 'invalid';
  const bytes = parseV6(bare.toLowerCase());
  if (bytes.length !== 16) return 'invalid';
  const v6 = V6_RANGES.find((range) => inRange(bytes, range))?.kind;
  if (v6) return v6;
  const v4 = embeddedV4(bytes);
  return v4 ? classifyV4Bytes(v4) : 'public';
}
