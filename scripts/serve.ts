// The app's HTTP server (`npm start`, `npm run dev`, the e2e tests): Next.js behind a thin front that
// records each request's client address from the connection itself (README, Security), which
// `next start` cannot: it passes a client-sent X-Forwarded-For through unchanged. With
// FACTDESK_INSTANCES above 1, a Node cluster runs that many instances on the one port.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import next from 'next';
import {
  CLIENT_ADDRESS_HEADER,
  markFrontServer,
  readProxyTrust,
  resolveClientAddress,
} from '@/lib/security/client-address';
import { repoRoot } from './db/paths';
import { serverInstances } from './lib/server-instances';

const dev = process.argv.includes('--dev');
const portFlag = process.argv.indexOf('-p');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));

async function serve() {
  // tsx turns on Node's source maps for its own TypeScript; left on, Node would also keep the
  // source maps of every Next chunk the server loads (about 80 MB) and map every stack trace.
  process.setSourceMapsEnabled(false);
  // The public site's default address follows the port actually served on (lib/public-url.ts).
  process.env.PORT = String(port);
  const trust = readProxyTrust(process.env);
  const app = next({ dev, dir: repoRoot, hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  markFrontServer();
  createServer((request, response) => {
    const forwarded = request.headers['x-forwarded-for'];
    const address = resolveClientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      trust,
    );
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete request.headers[CLIENT_ADDRESS_HEADER];
    void handle(request, response);
  })
    // Next keeps the process alive after an uncaught error: a server that cannot listen must exit.
    .on('error', (error) => {
      console.error(`factdesk: cannot serve on port ${port}: ${error.message}`);
      process.exit(1);
    })
    .listen(port, () => {
      if (cluster.isPrimary) console.log(`factdesk: serving on port ${port}${dev ? ' (dev)' : ''}`);
    });
}

// More deaths than this per instance within a minute is a fault no restart mends (the port taken, a
// bad setting): stop instead of forking forever.
const DEATHS_PER_MINUTE = 3;

/** Forks the instances, replaces one that dies, and passes a stop signal on to all of them. */
function superviseInstances(count: number) {
  let stopping = false;
  const deaths: number[] = [];
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths[0] < now - 60_000) deaths.shift();
    if (deaths.length > DEATHS_PER_MINUTE * count) {
      console.error(`factdesk: instances keep exiting (${deaths.length} in a minute); stopping.`);
      process.exitCode = 1;
      stop('SIGTERM');
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    console.error(
      `factdesk: instance ${worker.process.pid} exited (${signal ?? code}); starting another.`,
    );
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  console.log(`factdesk: serving on port ${port} with ${count} instances`);
}

function main() {
  const instances = dev ? 1 : serverInstances(process.env);
  if (cluster.isPrimary && instances > 1) superviseInstances(instances);
  else return serve();
}

Promise.resolve(main()).catch((error: unknown) => {
  console.error(`factdesk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
