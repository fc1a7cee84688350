import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_MB, serverNodeOptions } from '@/scripts/lib/server-memory';

describe('serverNodeOptions', () => {
  it('adds the default heap limit to whatever NODE_OPTIONS already holds', () => {
    expect(serverNodeOptions({})).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB}`);
    expect(serverNodeOptions({ NODE_OPTIONS: '--enable-source-maps' })).toBe(
      `--enable-source-maps --max-old-space-size=${DEFAULT_HEAP_MB}`,
    );
  });

  it('takes FACTDESK_HEAP_MB, and leaves a limit set in NODE_OPTIONS alone', () => {
    expect(serverNodeOptions({ FACTDESK_HEAP_MB: '1024' })).toBe('--max-old-space-size=1024');
    expect(serverNodeOptions({ NODE_OPTIONS: '--max-old-space-size=2048' })).toBe(
      '--max-old-space-size=2048',
    );
  });

  it('refuses a limit that is not a whole number of megabytes from 128 up', () => {
    for (const value of ['abc', '64', '300.5', ''])
      expect(() => serverNodeOptions({ FACTDESK_HEAP_MB: value }), value).toThrow(
        /FACTDESK_HEAP_MB/,
      );
  });
});
