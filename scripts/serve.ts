// The app's HTTP server (`npm start`, `npm run dev`, the e2e tests): Next.js behind a thin front that
// records each request's client address from the connection itself (README, Security), which
// `next start` cannot: it passes a client-sent X-Forwarded-For through unchanged.
import { createServer } from 'node:http';
import next from 'next';
import {
  CLIENT_ADDRESS_HEADER,
  markFrontServer,
  readProxyTrust,
  resolveClientAddress,
} from '@/lib/security/client-address';
import { repoRoot } from './db/paths';

const dev = process.argv.includes('--dev');
const portFlag = process.argv.indexOf('-p');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));

async function main() {
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
  }).listen(port, () => console.log(`factdesk: serving on port ${port}${dev ? ' (dev)' : ''}`));
}

main().catch((error: unknown) => {
  console.error(`factdesk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
