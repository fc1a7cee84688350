// Load bench of the public site, feeds, public API and newsroom (issue 14 §4): docs/performance.md.
//   npm run bench:load                        starts the app from the build in NEXT_DIST_DIR
//                                             (default .next) on PORT (default 3000); needs
//                                             DATABASE_URL and NEXTAUTH_SECRET like the app
//   npm run bench:load -- --url http://localhost:3104 [--pid N]   against a running server
//   npm run bench:load -- --instances 2        FACTDESK_INSTANCES=2 (needs REDIS_URL; peak RSS is
//                                             then the largest instance's); the bench starts
//                                             `npm start`'s server (scripts/serve.ts), or plain
//                                             `next start` with --next-start
// Each reader route runs at --connections (50) for --duration seconds (5), --repetitions (3)
// times; the medians print beside two ceilings measured in the same repetition: a bare Node
// server returning the same bytes (--bare-port), and Next's own prerendered page on the server.
// Newsroom pages run at --newsroom-connections (10) signed in as --email (the demo editor).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { repoRoot } from './db/paths';
import { startCountingProxy, type CountingProxy } from './lib/bench-pg-proxy';
import { cpuSnapshot, cpuSpent, postgresPids } from './lib/bench-cpu';
import { runLoad } from './lib/bench-run';
import {
  peakRss,
  processTree,
  startBareServer,
  startNext,
  startServe,
  waitForServer,
  type BareServer,
} from './lib/bench-server';
import { newsroomTable, publicTable } from './lib/bench-report';
import { formatRate, medianFigures, type RunFigures } from './lib/bench-stats';
import {
  discoverNewsroomTargets,
  discoverPublicTargets,
  findPrerenderedPage,
  get,
  signIn,
  type Target,
} from './lib/bench-targets';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    pid: { type: 'string' },
    'dist-dir': { type: 'string', default: process.env.NEXT_DIST_DIR || '.next' },
    'bare-port': { type: 'string' },
    'static-path': { type: 'string' },
    connections: { type: 'string', default: '50' },
    'newsroom-connections': { type: 'string', default: '10' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    repetitions: { type: 'string', default: '3' },
    'deep-hops': { type: 'string', default: '20' },
    email: { type: 'string', default: 'editor@factdesk.test' },
    password: { type: 'string', default: 'factdesk-demo' },
    'no-newsroom': { type: 'boolean', default: false },
    'no-public': { type: 'boolean', default: false },
    'no-query-count': { type: 'boolean', default: false },
    instances: { type: 'string', default: '1' },
    'next-start': { type: 'boolean', default: false },
  },
});

const number = (name: keyof typeof args) => {
  const value = Number(args[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number.`);
  return value;
};
const connections = number('connections');
const newsroomConnections = number('newsroom-connections');
const duration = number('duration');
const warmup = number('warmup');
const repetitions = Math.max(1, Math.round(number('repetitions')));
const instances = Math.max(1, Math.round(number('instances')));
if (args['next-start'] && instances > 1) throw new Error('--next-start runs one instance.');
const databaseUrl = process.env.DATABASE_URL;

interface Measured {
  target: Target;
  runs: RunFigures[];
  bare: RunFigures[];
}

async function measure(
  base: string,
  target: Target,
  options: {
    connections: number;
    duration: number;
    cookie?: string;
    proxy?: CountingProxy;
    drain?: boolean;
    /** Read the CPU time of this server process tree and of the local PostgreSQL around the run. */
    serverPid?: number;
  },
): Promise<RunFigures> {
  const before = options.proxy?.statements() ?? null;
  const cpuPids = () => (options.serverPid ? processTree(options.serverPid) : []);
  const appBefore = cpuSnapshot(cpuPids());
  const databaseBefore = cpuSnapshot(postgresPids());
  const figures = await runLoad({
    url: new URL(target.path, base).href,
    connections: options.connections,
    duration: options.duration,
    headers: options.cookie ? { cookie: options.cookie } : undefined,
    status: target.status,
  });
  // autocannon drops the requests in flight when it stops, but the server still renders them: one
  // more request of the same page waits behind them, so the next run starts on an idle server
  // (and their statements count for this run).
  if (options.drain) {
    await fetch(new URL(target.path, base), {
      headers: options.cookie ? { cookie: options.cookie } : {},
      redirect: 'manual',
      signal: AbortSignal.timeout(120_000),
    }).then(
      (response) => response.arrayBuffer(),
      () => undefined,
    );
  }
  const after = options.proxy?.statements() ?? null;
  const served = figures.requests + (options.drain ? 1 : 0);
  if (before !== null && after !== null && figures.requests)
    figures.queriesPerRequest = (after - before) / served;
  if (options.serverPid && appBefore.size && figures.requests) {
    figures.appCpuMs = cpuSpent(appBefore, cpuSnapshot(cpuPids())) / served;
    const databaseAfter = cpuSnapshot(postgresPids());
    if (databaseAfter.size)
      figures.databaseCpuMs = cpuSpent(databaseBefore, databaseAfter) / served;
  }
  return figures;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  let base = args.url;
  let serverPid = args.pid ? Number(args.pid) : undefined;
  let proxy: CountingProxy | undefined;
  let server: ReturnType<typeof startNext> | undefined;
  let bare: BareServer | undefined;
  const port = Number(process.env.PORT ?? 3000);
  const barePort = Number(args['bare-port'] ?? (base ? Number(new URL(base).port) : port) + 10);
  const distDir = args['dist-dir'];

  const cleanup = () => {
    server?.kill();
    bare?.stop();
    void proxy?.close();
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    if (!base) {
      if (!databaseUrl || !process.env.NEXTAUTH_SECRET)
        throw new Error('Set DATABASE_URL and NEXTAUTH_SECRET (as for npm start), or pass --url.');
      // The app reaches PostgreSQL through a counting pass-through, so statements/request is exact.
      const appDatabaseUrl = new URL(databaseUrl);
      if (!args['no-query-count']) {
        proxy = await startCountingProxy({
          host: appDatabaseUrl.hostname,
          port: Number(appDatabaseUrl.port || 5432),
        });
        appDatabaseUrl.hostname = '127.0.0.1';
        appDatabaseUrl.port = String(proxy.port);
      }
      base = `http://localhost:${port}`;
      const env = {
        ...process.env,
        DATABASE_URL: appDatabaseUrl.href,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? base,
      };
      // What `npm start` runs (scripts/serve.ts), or plain `next start` with --next-start.
      server = args['next-start']
        ? startNext({ root: repoRoot, distDir, port, env })
        : startServe({ root: repoRoot, distDir, port, env, instances });
      serverPid = server.pid;
      await waitForServer(base, 60_000);
    }

    const publicTargets = args['no-public']
      ? []
      : await discoverPublicTargets(base, number('deep-hops'));
    const staticTarget: Target | null = args['no-public']
      ? null
      : args['static-path']
        ? { name: `Next page ${args['static-path']}`, path: args['static-path'] }
        : findPrerenderedPage(repoRoot, distDir);
    if (!staticTarget && !args['no-public'])
      console.warn(`No prerendered page found in ${distDir}; pass --static-path to have one.`);
    const cookie = args['no-newsroom'] ? undefined : await signIn(base, args.email, args.password);
    const newsroomTargets = cookie ? await discoverNewsroomTargets(base, cookie, databaseUrl) : [];

    // The bare server gets one copy of each response, fetched once now.
    bare = await startBareServer(barePort);
    const bareBase = `http://127.0.0.1:${barePort}`;
    const ceilingTargets = args['no-public']
      ? []
      : [...(staticTarget ? [staticTarget] : []), ...publicTargets];
    for (const target of ceilingTargets) {
      const response = await get(base, target.path, undefined, target.status ?? 200);
      await bare.store({
        path: target.path,
        status: response.status,
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        body: Buffer.from(await response.arrayBuffer()),
      });
    }

    const loadAtStart = loadAverage();
    console.log(
      `bench:load against ${base}${instances > 1 ? ` (${instances} instances)` : ''}: ${connections} connections (newsroom ${newsroomConnections}), ${duration} s a run, ${repetitions} repetitions; bare copies on ${bareBase}; load average ${loadAtStart}`,
    );
    for (const target of [...ceilingTargets, ...newsroomTargets]) {
      if (!warmup) break;
      const isNewsroom = newsroomTargets.includes(target);
      await measure(base, target, {
        connections: isNewsroom ? newsroomConnections : connections,
        duration: warmup,
        cookie: isNewsroom ? cookie : undefined,
        drain: true,
      });
    }

    const results = new Map<Target, Measured>(
      [...ceilingTargets, ...newsroomTargets].map((target) => [
        target,
        { target, runs: [], bare: [] },
      ]),
    );
    for (let repetition = 1; repetition <= repetitions; repetition += 1) {
      for (const target of ceilingTargets) {
        const entry = results.get(target)!;
        entry.runs.push(await measure(base, target, { connections, duration, proxy, drain: true }));
        entry.bare.push(await measure(bareBase, target, { connections, duration }));
        const last = entry.runs.at(-1)!;
        console.log(
          `  ${repetition}/${repetitions} ${target.name}: ${formatRate(last.rps)} req/s (bare ${formatRate(entry.bare.at(-1)!.rps)})`,
        );
      }
      for (const target of newsroomTargets) {
        const entry = results.get(target)!;
        entry.runs.push(
          await measure(base, target, {
            connections: newsroomConnections,
            duration,
            cookie,
            proxy,
            drain: true,
            serverPid,
          }),
        );
        console.log(
          `  ${repetition}/${repetitions} newsroom ${target.name}: ${formatRate(entry.runs.at(-1)!.rps)} req/s`,
        );
      }
    }

    const nextStatic = staticTarget ? medianFigures(results.get(staticTarget)!.runs) : null;
    const publicRows = ceilingTargets.map((target) => ({
      ...target,
      app: medianFigures(results.get(target)!.runs),
      bare: medianFigures(results.get(target)!.bare),
    }));
    const newsroomRows = newsroomTargets.map((target) => ({
      ...target,
      app: medianFigures(results.get(target)!.runs),
    }));

    const rss = serverPid ? peakRss(serverPid) : null;
    console.log(
      `\nMachine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 20)} MB RAM, Node ${process.version}; load average ${loadAtStart} at the start, ${loadAverage()} at the end`,
    );
    console.log(
      `Medians of ${repetitions} × ${duration} s; "queries/req" = SQL statements the app sent per request${proxy ? '' : ' (n/a: counted only when the bench starts the server)'}; "failed" = responses with another status, errors and timeouts, over all runs.\n`,
    );
    console.log(`Reader pages, feeds and public API, -c ${connections}:\n`);
    console.log(publicTable(publicRows, nextStatic));
    if (newsroomRows.length) {
      console.log(`\nNewsroom pages, signed in as ${args.email}, -c ${newsroomConnections}:\n`);
      console.log(newsroomTable(newsroomRows));
    }
    console.log(
      rss
        ? `\nPeak RSS of the server (VmHWM, pid ${serverPid}): ${Math.round(rss.largest / 2 ** 20)} MB${rss.processes > 1 ? ` (largest of ${rss.processes} processes; their peaks sum to ${Math.round(rss.sum / 2 ** 20)} MB)` : ''}`
        : '\nPeak RSS: n/a (pass --pid of the server process when using --url).',
    );
  } finally {
    cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
