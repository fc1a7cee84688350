// The embedded PostgreSQL multiplexes every client connection onto one PGlite session. These tests
// hammer it with concurrent extended-protocol queries (Parse/Bind/Describe/Execute/Sync) of
// different shapes from several pools, plus interactive transactions, and check that every result
// belongs to its own query: a message of one connection must never run between another
// connection's Parse and Sync (it did with pglite-socket's per-message queue: "bind message
// supplies N parameters, but prepared statement requires M", or another query's rows).
// It starts its own in-memory server, whatever the integration project's test database is.
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EMBEDDED_MAX_CONNECTIONS,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../scripts/db/embedded';

let server: EmbeddedPostgres;
const pools: pg.Pool[] = [];

function pool(max: number): pg.Pool {
  const p = new pg.Pool({ connectionString: server.url, max });
  p.on('error', () => {}); // an idle client whose server went away must not crash the run
  pools.push(p);
  return p;
}

beforeAll(async () => {
  server = await startEmbeddedPostgres({});
  const setup = new pg.Client({ connectionString: server.url });
  await setup.connect();
  await setup.query(`CREATE TABLE probe (id int PRIMARY KEY, label text NOT NULL, n int NOT NULL)`);
  await setup.query(
    `INSERT INTO probe SELECT g, 'label-' || g, g * 10 FROM generate_series(1, 50) g`,
  );
  await setup.query(`CREATE TABLE tx_probe (owner text NOT NULL, v int NOT NULL)`);
  await setup.end();
});

// Each test's pools close after it: the server accepts 16 connections in all.
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end().catch(() => {})));
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the server see them close
});

afterAll(async () => {
  await server?.stop();
});

/** One query of a random shape and a check that its result is its own. */
async function randomQuery(p: pg.Pool, i: number): Promise<void> {
  switch (i % 5) {
    case 0: {
      const r = await p.query('SELECT $1::int AS a', [i]);
      expect(r.fields.map((f) => f.name)).toEqual(['a']);
      expect(r.rows).toEqual([{ a: i }]);
      return;
    }
    case 1: {
      const r = await p.query('SELECT $1::text AS b, $2::text AS c', [`b${i}`, `c${i}`]);
      expect(r.rows).toEqual([{ b: `b${i}`, c: `c${i}` }]);
      return;
    }
    case 2: {
      const id = (i % 50) + 1;
      const r = await p.query('SELECT id, label, n FROM probe WHERE id = $1', [id]);
      expect(r.rows).toEqual([{ id, label: `label-${id}`, n: id * 10 }]);
      return;
    }
    case 3: {
      const r = await p.query(`SELECT $1::int + $2::int + $3::int AS sum, 'three' AS kind`, [
        i,
        1,
        2,
      ]);
      expect(r.rows).toEqual([{ sum: i + 3, kind: 'three' }]);
      return;
    }
    default: {
      // Rows of several columns from a range: a different row description again.
      const r = await p.query(
        'SELECT id, n FROM probe WHERE id BETWEEN $1 AND $2 ORDER BY id',
        [1, 3],
      );
      expect(r.rows).toEqual([
        { id: 1, n: 10 },
        { id: 2, n: 20 },
        { id: 3, n: 30 },
      ]);
    }
  }
}

/** BEGIN … COMMIT/ROLLBACK on one client, pausing inside so that other connections queue up. */
async function transactions(p: pg.Pool, owner: string, rounds: number): Promise<void> {
  const client = await p.connect();
  try {
    for (let round = 0; round < rounds; round++) {
      const commit = round % 2 === 0;
      await client.query('BEGIN');
      await client.query('INSERT INTO tx_probe (owner, v) VALUES ($1, $2)', [
        commit ? owner : `${owner}-rolled-back`,
        round,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 2));
      const inside = await client.query(
        'SELECT count(*)::int AS n FROM tx_probe WHERE owner = $1',
        [commit ? owner : `${owner}-rolled-back`],
      );
      expect(inside.rows).toEqual([{ n: commit ? round / 2 + 1 : 1 }]);
      await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    }
  } finally {
    client.release();
  }
}

describe('embedded PostgreSQL under concurrent connections', () => {
  it('keeps each connection’s extended-protocol queries and transactions apart', async () => {
    const a = pool(8);
    const b = pool(4);
    const tx = pool(2);
    const work: Promise<void>[] = [];
    for (let i = 0; i < 600; i++) work.push(randomQuery(i % 3 === 0 ? b : a, i));
    work.push(transactions(tx, 'tx-1', 10), transactions(tx, 'tx-2', 10));
    // Nobody outside a transaction may ever see its uncommitted (or rolled-back) rows.
    for (let i = 0; i < 50; i++) {
      work.push(
        b
          .query(`SELECT count(*)::int AS n FROM tx_probe WHERE owner LIKE '%-rolled-back'`)
          .then((r) => {
            expect(r.rows).toEqual([{ n: 0 }]);
          }),
      );
    }
    const results = await Promise.allSettled(work);
    const failures = results.flatMap((r) =>
      r.status === 'rejected' ? [String((r.reason as Error).message ?? r.reason)] : [],
    );
    expect(failures.slice(0, 5), `${failures.length} of ${results.length} failed`).toEqual([]);

    const committed = await a.query(
      `SELECT owner, count(*)::int AS n FROM tx_probe GROUP BY owner ORDER BY owner`,
    );
    expect(committed.rows).toEqual([
      { owner: 'tx-1', n: 5 },
      { owner: 'tx-2', n: 5 },
    ]);
  });

  it('rolls back the open transaction of a client that disconnects, and keeps serving the others', async () => {
    const p = pool(4);
    for (const leave of ['end', 'destroy'] as const) {
      const client = new pg.Client({ connectionString: server.url });
      client.on('error', () => {});
      await client.connect();
      await client.query('BEGIN');
      await client.query('INSERT INTO tx_probe (owner, v) VALUES ($1, 1)', [`gone-${leave}`]);
      // Others queue up behind the open transaction...
      const waiting = Promise.all(Array.from({ length: 20 }, (_, i) => randomQuery(p, i)));
      if (leave === 'end') await client.end();
      else
        (client as unknown as { connection: { stream: net.Socket } }).connection.stream.destroy();
      // ...and run once it is rolled back.
      await waiting;
      const r = await p.query('SELECT count(*)::int AS n FROM tx_probe WHERE owner = $1', [
        `gone-${leave}`,
      ]);
      expect(r.rows).toEqual([{ n: 0 }]);
    }
  });

  it('reports errors inside an extended-protocol run to their own connection only', async () => {
    const p = pool(8);
    const work = Array.from({ length: 200 }, (_, i) =>
      i % 4 === 0
        ? p.query('SELECT $1::int / 0 AS boom', [i]).then(
            () => 'no error',
            (err: Error) => err.message,
          )
        : randomQuery(p, i).then(() => 'ok'),
    );
    const outcomes = await Promise.all(work);
    outcomes.forEach((outcome, i) => expect(outcome).toBe(i % 4 === 0 ? 'division by zero' : 'ok'));
  });

  it('pages a query with Flush (pg `rows`) while other connections query', async () => {
    const p = pool(8);
    const paged = async (n: number) => {
      const client = await p.connect();
      try {
        // `rows` (not in @types/pg): pg sends Execute(3 rows) + Flush, and again after each PortalSuspended.
        const config = {
          text: 'SELECT g FROM generate_series(1, $1::int) g',
          values: [n],
          rows: 3,
        };
        const q = client.query(new pg.Query(config));
        const rows: number[] = [];
        await new Promise<void>((resolve, reject) => {
          q.on('row', (row: { g: number }) => rows.push(row.g));
          q.on('end', () => resolve());
          q.on('error', reject);
        });
        expect(rows).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      } finally {
        client.release();
      }
    };
    await Promise.all([
      paged(10),
      paged(7),
      ...Array.from({ length: 100 }, (_, i) => randomQuery(p, i)),
      paged(12),
    ]);
  });

  it('answers an SSL request with N', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    const answer = await new Promise<string>((resolve, reject) => {
      socket.once('error', reject);
      socket.once('data', (data) => resolve(data.toString('latin1')));
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(80877103, 4);
      socket.write(request);
    });
    socket.destroy();
    expect(answer).toBe('N');
  });

  it(`accepts ${EMBEDDED_MAX_CONNECTIONS} connections and refuses one more`, async () => {
    const max = EMBEDDED_MAX_CONNECTIONS;
    const clients = Array.from(
      { length: max + 1 },
      () => new pg.Client({ connectionString: server.url }),
    );
    const connected = await Promise.allSettled(clients.slice(0, max).map((c) => c.connect()));
    expect(connected.filter((r) => r.status === 'rejected')).toEqual([]);
    await expect(clients[max].connect()).rejects.toThrow();
    const r = await Promise.all(
      clients.slice(0, max).map((c, i) => c.query('SELECT $1::int AS i', [i])),
    );
    expect(r.map((x) => x.rows[0].i)).toEqual(Array.from({ length: max }, (_, i) => i));
    await Promise.all(clients.slice(0, max).map((c) => c.end()));
  });
});

// The server hands PGlite a whole run (Parse … Sync) in one execProtocolRawStream call.
describe('PGlite execProtocolRawStream with several messages at once', () => {
  const message = (type: string, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    const header = Buffer.alloc(5);
    header.write(type);
    header.writeInt32BE(4 + body.length, 1);
    return Buffer.concat([header, body]);
  };
  const cstr = (text: string) => Buffer.from(`${text}\0`);
  const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
  const int32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  const run = (sql: string, values: string[]) =>
    Buffer.concat([
      message('P', cstr(''), cstr(sql), int16(0)),
      message(
        'B',
        cstr(''),
        cstr(''),
        int16(0),
        int16(values.length),
        ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]),
        int16(0),
      ),
      message('D', Buffer.from('P'), cstr('')),
      message('E', cstr(''), int32(0)),
      message('S'),
    ]);
  /** The type letters of the backend messages in `data`. */
  const types = (data: Buffer) => {
    const out: string[] = [];
    for (let offset = 0; offset < data.length; offset += 1 + data.readInt32BE(offset + 1))
      out.push(String.fromCharCode(data[offset]));
    return out.join('');
  };

  it('answers every message of the batch, errors included', async () => {
    const db = await PGlite.create();
    try {
      const exec = async (bytes: Buffer) => {
        const chunks: Buffer[] = [];
        await db.execProtocolRawStream(bytes, { onRawData: (d) => chunks.push(Buffer.from(d)) });
        return Buffer.concat(chunks);
      };
      // ParseComplete, BindComplete, RowDescription, DataRow, CommandComplete, ReadyForQuery.
      const ok = await exec(run('SELECT $1::int AS a, $2::text AS b', ['7', 'x']));
      expect(types(ok)).toBe('12TDCZ');
      expect(ok.includes(Buffer.from('x'))).toBe(true);
      // Two runs in one call: both answered, in order.
      expect(
        types(
          await exec(Buffer.concat([run('SELECT $1::int AS a', ['1']), run('SELECT 2 AS b', [])])),
        ),
      ).toBe('12TDCZ12TDCZ');
      // A failing Bind: one ErrorResponse, the rest skipped up to Sync, then ReadyForQuery.
      expect(types(await exec(run('SELECT $1::int AS a', ['1', '2'])))).toBe('1EZ');
      // A run ending in Flush: answered without ReadyForQuery; its Sync later completes it.
      const flushed = run('SELECT 3 AS c', []).subarray(0, -5);
      expect(types(await exec(Buffer.concat([flushed, message('H')])))).toBe('12TDC');
      expect(types(await exec(message('S')))).toBe('Z');
    } finally {
      await db.close();
    }
  });
});
