// The ceiling for `npm run bench:load`: a bare Node HTTP server, in its own process (so it does
// not share the load generator's thread), serving byte-for-byte copies of the app's responses.
// The parent sends {path, status, contentType, body (base64)} over IPC, then requests the paths.
import { createServer } from 'node:http';

interface Copy {
  path: string;
  status: number;
  contentType: string;
  body: string;
}

export type BareServerMessage = { type: 'copy'; copy: Copy } | { type: 'listen'; port: number };

const copies = new Map<string, { status: number; headers: Record<string, string>; body: Buffer }>();

const server = createServer((request, response) => {
  const copy = copies.get(request.url ?? '/');
  if (!copy) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(copy.status, copy.headers).end(copy.body);
});

process.on('message', (message: BareServerMessage) => {
  if (message.type === 'copy') {
    const body = Buffer.from(message.copy.body, 'base64');
    copies.set(message.copy.path, {
      status: message.copy.status,
      headers: { 'content-type': message.copy.contentType, 'content-length': String(body.length) },
      body,
    });
    process.send?.({ type: 'stored', path: message.copy.path });
  } else if (message.type === 'listen') {
    server.listen(message.port, '127.0.0.1', () => process.send?.({ type: 'listening' }));
  }
});
process.on('disconnect', () => process.exit(0));
