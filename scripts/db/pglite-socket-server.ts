// A minimal PostgreSQL wire-protocol server for one PGlite, used instead of pglite-socket's
// PGLiteSocketServer (0.2.17). PGlite is ONE PostgreSQL session, so every client connection is
// multiplexed onto it; pglite-socket queued each protocol message on its own, so with the extended
// query protocol connection B's Parse could run between connection A's Parse and Bind, and A then
// bound B's unnamed statement ("bind message supplies N parameters, but prepared statement
// requires M", or B's rows returned to A).
//
// Here the unit of execution is a connection's run of messages up to and including a Sync ('S'),
// a simple Query ('Q') or a Flush ('H'); an incomplete run is held until the rest arrives. Each
// unit goes to PGlite's execProtocolRawStream in one call, which processes all of its messages.
// Between units the session may still carry a connection's state; that connection then OWNS the
// session and only its units run until the state is gone:
//   - an open transaction block (db.isInTransaction(), also true for a failed one), so
//     transactions stay isolated per connection (others wait until COMMIT/ROLLBACK);
//   - an extended-protocol run left open by a Flush (e.g. pg's `rows` option / cursors), which
//     only its Sync ends.
// When a client goes away (Terminate 'X' or a closed socket), its units already received still run
// (as in PostgreSQL, which reads up to EOF), then, if it owns the session, its run is Synced and
// its transaction rolled back.
// Known limits of the shared session (as before): session settings (SET), named prepared
// statements and LISTEN are shared by all connections; CancelRequest is ignored; COPY FROM STDIN
// is not supported.
import net from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const MAX_STARTUP_LENGTH = 10_000;
const RUN_END = new Set(['S', 'Q', 'H'].map((c) => c.charCodeAt(0)));
const FLUSH = 'H'.charCodeAt(0);
const TERMINATE = 'X'.charCodeAt(0);
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);

/** Marks the end of a connection's units: clean up its session state, then end the socket. */
const RELEASE = Symbol('release');
/** `openRun`: it ends with a Flush, so its extended run stays open in the session until a Sync. */
type Unit = { bytes: Uint8Array; openRun: boolean } | typeof RELEASE;

class Connection {
  /** Bytes received and not yet cut into messages. */
  buffer: Buffer = Buffer.alloc(0);
  /** Messages of a run that has not reached its Sync/Query/Flush yet. */
  partial: Buffer[] = [];
  /** Complete units waiting for the session, in order. */
  units: Unit[] = [];
  started = false; // StartupMessage seen
  finished = false; // Terminate seen or socket closed: no more input
  /** Its last unit ended with a Flush: its extended run is open in the session until its Sync. */
  openRun = false;
  constructor(readonly socket: net.Socket) {}
}

export interface PGliteServerOptions {
  db: PGlite;
  host?: string;
  /** 0 = a free port. */
  port?: number;
  maxConnections?: number;
}

export class PGliteServer {
  readonly db: PGlite;
  private readonly host: string;
  private readonly requestedPort: number;
  private readonly maxConnections: number;
  private server?: net.Server;
  private connections = new Set<Connection>();
  /** Every open socket, also refused ones (server.close() waits for them all). */
  private sockets = new Set<net.Socket>();
  /** Connections with units to run, in arrival order (each at most once). */
  private queue: Connection[] = [];
  /** The connection whose state (transaction, open run) the session holds; null = anyone's turn. */
  private owner: Connection | null = null;
  /** The pump loop is running; `idle` settles when it stops. */
  private pumping = false;
  private idle: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(opts: PGliteServerOptions) {
    this.db = opts.db;
    this.host = opts.host ?? '127.0.0.1';
    this.requestedPort = opts.port ?? 0;
    this.maxConnections = opts.maxConnections ?? 16;
  }

  async start(): Promise<void> {
    await this.db.waitReady;
    const server = net.createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.requestedPort, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  get port(): number {
    return (this.server?.address() as net.AddressInfo).port;
  }

  /** Stops listening, drops every connection and waits for the running unit to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    const closed = this.server
      ? new Promise<void>((resolve) => this.server!.close(() => resolve()))
      : undefined;
    this.queue = [];
    for (const c of this.connections) c.units = [];
    this.connections.clear();
    for (const socket of this.sockets) socket.destroy();
    await this.idle;
    if (this.db.isInTransaction()) await this.exec(query('ROLLBACK'));
    this.owner = null;
    await closed;
  }

  private accept(socket: net.Socket): void {
    socket.setNoDelay(true);
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    if (this.stopped || this.connections.size >= this.maxConnections) {
      socket.end(errorResponse('53300', 'sorry, too many clients already'));
      return;
    }
    const c = new Connection(socket);
    this.connections.add(c);
    socket.on('data', (chunk) => this.receive(c, chunk));
    socket.on('error', () => {}); // 'close' follows
    socket.on('close', () => {
      this.connections.delete(c);
      this.finish(c);
    });
  }

  /** Cuts the received bytes into messages and the messages into units. */
  private receive(c: Connection, chunk: Buffer): void {
    if (c.finished) return;
    c.buffer = c.buffer.length ? Buffer.concat([c.buffer, chunk]) : chunk;
    while (!c.finished) {
      if (!c.started) {
        // Untyped startup-phase packet: Int32 length (including itself), Int32 code.
        if (c.buffer.length < 8) break;
        const length = c.buffer.readInt32BE(0);
        const code = c.buffer.readInt32BE(4);
        if (length < 8 || length > MAX_STARTUP_LENGTH) return this.protocolViolation(c);
        if (c.buffer.length < length) break;
        const packet = Buffer.from(c.buffer.subarray(0, length));
        c.buffer = c.buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          c.socket.write('N'); // no encryption; the client goes on with a StartupMessage
        } else if (code === CANCEL_REQUEST) {
          c.socket.end(); // nothing to signal: PGlite runs one statement at a time, to completion
          return;
        } else {
          c.started = true; // StartupMessage: a unit of its own (PGlite handles it specially)
          this.push(c, { bytes: packet, openRun: false });
        }
        continue;
      }
      // Typed message: Byte1 type, Int32 length (including itself, not the type).
      if (c.buffer.length < 5) break;
      const length = c.buffer.readInt32BE(1);
      if (length < 4) return this.protocolViolation(c);
      if (c.buffer.length < 1 + length) break;
      const message = c.buffer.subarray(0, 1 + length);
      c.buffer = c.buffer.subarray(1 + length);
      if (message[0] === TERMINATE) {
        // Never hand 'X' to PGlite (it would end its one backend); drop any unfinished run.
        c.partial = [];
        this.finish(c);
        return;
      }
      c.partial.push(message);
      if (RUN_END.has(message[0])) {
        // Buffer.concat copies: the views into c.buffer must not outlive it.
        this.push(c, { bytes: Buffer.concat(c.partial), openRun: message[0] === FLUSH });
        c.partial = [];
      }
    }
  }

  private protocolViolation(c: Connection): void {
    c.socket.end(errorResponse('08P01', 'invalid frontend message length'));
    this.finish(c);
  }

  /** No more input from `c`: after its remaining units, release the session and end the socket. */
  private finish(c: Connection): void {
    if (c.finished) return;
    c.finished = true;
    c.buffer = Buffer.alloc(0);
    this.push(c, RELEASE);
  }

  private push(c: Connection, unit: Unit): void {
    if (this.stopped) return;
    c.units.push(unit);
    if (!this.queue.includes(c)) this.queue.push(c);
    this.pump();
  }

  /** Runs units one at a time (the owner's only, while there is one) until none can run. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true; // set and cleared synchronously, so a push() never finds a loop that is ending
    this.idle = (async () => {
      try {
        for (let c = this.next(); c; c = this.next()) {
          const unit = c.units.shift()!;
          if (unit === RELEASE) {
            await this.release(c);
          } else {
            await this.run(c, unit.bytes);
            c.openRun = unit.openRun;
            this.owner = c.openRun || this.db.isInTransaction() ? c : null;
          }
          if (c.units.length > 0 && !this.queue.includes(c)) this.queue.push(c);
        }
      } catch (err) {
        console.error('embedded PostgreSQL: query loop failed:', err);
      } finally {
        this.pumping = false;
      }
    })();
  }

  private next(): Connection | undefined {
    // The owner keeps the session: others wait, even while the owner sends nothing.
    if (this.owner) return this.owner.units.length > 0 ? this.owner : undefined;
    for (;;) {
      const c = this.queue.shift();
      if (!c || c.units.length > 0) return c;
    }
  }

  private async run(c: Connection, unit: Uint8Array): Promise<void> {
    try {
      await this.exec(unit, (data) => {
        if (!c.socket.destroyed) c.socket.write(Buffer.from(data)); // copy: PGlite reuses its buffer
      });
    } catch (err) {
      // PGlite itself failed (a database error is a normal ErrorResponse, not an exception).
      console.error('embedded PostgreSQL: dropping a connection after an internal error:', err);
      c.units = c.units.filter((u) => u === RELEASE); // keep a RELEASE already queued by Terminate
      c.socket.destroy(); // 'close' → finish → RELEASE
    }
  }

  /** The connection is gone: undo whatever it left in the session, and free the session. */
  private async release(c: Connection): Promise<void> {
    if (this.owner === c) {
      try {
        if (c.openRun) await this.exec(SYNC);
        if (this.db.isInTransaction()) await this.exec(query('ROLLBACK'));
      } catch (err) {
        console.error('embedded PostgreSQL: could not roll back a closed connection:', err);
      }
      this.owner = null;
    }
    c.socket.end();
  }

  private exec(
    message: Uint8Array,
    onRawData: (data: Uint8Array) => void = () => {},
  ): Promise<void> {
    return this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData }));
  }
}

function query(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`);
  const header = Buffer.alloc(5);
  header.write('Q');
  header.writeInt32BE(4 + text.length, 1);
  return Buffer.concat([header, text]);
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const header = Buffer.alloc(5);
  header.write('E');
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}
