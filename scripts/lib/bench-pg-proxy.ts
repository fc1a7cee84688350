// Counts the SQL statements an app sends to PostgreSQL: a TCP pass-through that reads the
// frontend side of the wire protocol. Exact and immediate, unlike pg_stat_database, whose
// per-backend counters reach the view only when a backend flushes them (seconds later, or never
// while it stays busy); pg_stat_statements needs a server restart to load.
import net from 'node:net';

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/**
 * Reads one connection's client→server byte stream and counts statements: simple Query ('Q')
 * and extended-protocol Execute ('E'). Gives up (`lost`) on an encrypted or malformed stream.
 */
export class StatementCounter {
  statements = 0;
  lost = false;
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;

  push(chunk: Buffer): void {
    if (this.lost) return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const header = this.startup ? 4 : 5;
      if (this.buffer.length < header) return;
      const length = this.buffer.readInt32BE(this.startup ? 0 : 1);
      if (length < 4) {
        this.lost = true;
        return;
      }
      const total = this.startup ? length : length + 1;
      if (this.buffer.length < total) return;
      if (this.startup) {
        const code = length >= 8 ? this.buffer.readInt32BE(4) : 0;
        // An SSL or GSS request is followed by the real startup message (when the server declines).
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) this.startup = false;
      } else {
        const type = String.fromCharCode(this.buffer[0]);
        if (type === 'Q' || type === 'E') this.statements += 1;
      }
      this.buffer = this.buffer.subarray(total);
    }
  }
}

export interface CountingProxy {
  port: number;
  /** Statements seen so far on every connection; null once any stream could not be read. */
  statements(): number | null;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:port (0 = any free port) and forwards every connection to target. */
export function startCountingProxy(
  target: { host: string; port: number },
  port = 0,
): Promise<CountingProxy> {
  const counters: StatementCounter[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const counter = new StatementCounter();
    counters.push(counter);
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('data', (chunk: Buffer) => {
      counter.push(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('end', () => upstream.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        statements: () =>
          counters.some((counter) => counter.lost)
            ? null
            : counters.reduce((sum, counter) => sum + counter.statements, 0),
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
