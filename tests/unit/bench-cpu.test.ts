import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuSnapshot, cpuSpent, postgresPids, statTicks } from '@/scripts/lib/bench-cpu';
import { medianFigures, type RunFigures } from '@/scripts/lib/bench-stats';

describe('CPU time per request', () => {
  it('reads utime + stime after the command name, whatever the name holds', () => {
    const stat =
      '4242 (next-server (v16) x) S 1 4242 4242 0 -1 4194560 900 0 0 0 1234 56 0 0 20 0 11';
    expect(statTicks(stat)).toBe(1234 + 56);
  });

  it('counts a process born between two snapshots from 0, and this process as using some', () => {
    const before = new Map([[1, 100]]);
    const after = new Map([
      [1, 150],
      [2, 30],
    ]);
    expect(cpuSpent(before, after)).toBe(80);
    const self = cpuSnapshot([process.pid]);
    expect(self.get(process.pid)).toBeGreaterThan(0);
    expect(cpuSnapshot([2 ** 30]).size).toBe(0);
  });

  it('lists only processes named postgres', () => {
    const named = (pid: number) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      } catch {
        return 'postgres'; // a backend that ended since: it was one
      }
    };
    for (const pid of postgresPids()) expect(named(pid)).toBe('postgres');
  });

  it('takes the median of each CPU figure on its own', () => {
    const run = (appCpuMs?: number, databaseCpuMs?: number): RunFigures => ({
      rps: 1,
      p50: 1,
      p95: 1,
      p99: 1,
      requests: 1,
      unexpected: 0,
      errors: 0,
      appCpuMs,
      databaseCpuMs,
    });
    const figures = medianFigures([run(30, 4), run(20, 5), run(40)]);
    expect(figures).toMatchObject({ appCpuMs: 30, databaseCpuMs: 4 });
    expect(medianFigures([run()]).appCpuMs).toBeUndefined();
  });
});
