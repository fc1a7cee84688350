// One app instance's V8 heap limit. Left alone, Node sizes the old generation from the machine's
// memory (about 4 GB on a 24 GB host) and under load grows the heap rather than collect: one
// `next start` reached 1,001 MB RSS in bench:load. With a limit the same load runs in about half
// that at the same throughput (docs/performance.md). FACTDESK_HEAP_MB sets it (raise it for very
// large imports or exports); a --max-old-space-size already in NODE_OPTIONS wins.
export const DEFAULT_HEAP_MB = 384;

/** NODE_OPTIONS for an app server process: the caller's, plus the heap limit unless it has one. */
export function serverNodeOptions(env: Record<string, string | undefined> = process.env): string {
  const current = env.NODE_OPTIONS ?? '';
  if (current.includes('--max-old-space-size')) return current;
  const heapMb = Number(env.FACTDESK_HEAP_MB ?? DEFAULT_HEAP_MB);
  if (!Number.isInteger(heapMb) || heapMb < 128)
    throw new Error('FACTDESK_HEAP_MB must be a whole number of megabytes, at least 128.');
  return `${current} --max-old-space-size=${heapMb}`.trim();
}
