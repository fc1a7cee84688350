// One autocannon run, reduced to the figures the load bench prints.
import autocannon from 'autocannon';
import { percentile, type RunFigures } from './bench-stats';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
  /** The status every response should have (200 unless said). */
  status?: number;
}

/**
 * Runs autocannon; latencies are collected from every response so p95 is exact too. Redirects
 * and error pages are not followed, only counted (unexpected): a run with any is not a valid figure.
 */
export function runLoad(options: LoadOptions): Promise<RunFigures> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        headers: options.headers,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (result.finish.getTime() - result.start.getTime()) / 1000 || 1;
        resolve({
          rps: result.requests.total / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          requests: result.requests.total,
          unexpected:
            result.requests.total -
            (result.statusCodeStats?.[`${options.status ?? 200}`]?.count ?? 0),
          errors: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => {
      latencies.push(time);
    });
  });
}
