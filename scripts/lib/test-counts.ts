import { existsSync, readFileSync } from 'node:fs';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

const none: TestCounts = { passed: 0, failed: 0, skipped: 0 };

function readJson(file: string): Record<string, unknown> | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from vitest's JSON reporter (Jest's format). */
export function vitestCounts(file: string): TestCounts {
  const json = readJson(file) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
  } | null;
  return json
    ? {
        passed: json.numPassedTests ?? 0,
        failed: json.numFailedTests ?? 0,
        skipped: json.numPendingTests ?? 0,
      }
    : none;
}

/** Counts from Playwright's JSON reporter; a test that passed only on retry counts as passed. */
export function playwrightCounts(file: string): TestCounts {
  const json = readJson(file) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  } | null;
  const stats = json?.stats;
  return stats
    ? {
        passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
        failed: stats.unexpected ?? 0,
        skipped: stats.skipped ?? 0,
      }
    : none;
}

export function addCounts(...counts: TestCounts[]): TestCounts {
  return counts.reduce(
    (sum, c) => ({
      passed: sum.passed + c.passed,
      failed: sum.failed + c.failed,
      skipped: sum.skipped + c.skipped,
    }),
    none,
  );
}
