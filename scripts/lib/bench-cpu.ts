// CPU time the server and the local PostgreSQL spend per request, read from /proc (Linux): with
// latency it says where a page's time goes, and it moves far less than latency on a shared machine.
import { readdirSync, readFileSync } from 'node:fs';

/** utime + stime of one /proc/<pid>/stat line, in clock ticks (the fields after the command name). */
export function statTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

// Linux's USER_HZ: 100 on every architecture Node runs on.
const TICKS_PER_SECOND = 100;

/** CPU milliseconds each process has used so far (a process that is gone is left out). */
export function cpuSnapshot(pids: number[]): Map<number, number> {
  const snapshot = new Map<number, number>();
  for (const pid of pids) {
    try {
      snapshot.set(
        pid,
        (statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) * 1000) / TICKS_PER_SECOND,
      );
    } catch {
      // Gone, or not Linux.
    }
  }
  return snapshot;
}

/** CPU milliseconds used between two snapshots; a process born in between counts from 0. */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

/** The local PostgreSQL server's processes (postmaster and backends); none when it runs elsewhere. */
export function postgresPids(): number[] {
  const pids: number[] = [];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
          pids.push(Number(entry));
      } catch {
        // Gone meanwhile.
      }
    }
  } catch {
    // Not Linux.
  }
  return pids;
}
