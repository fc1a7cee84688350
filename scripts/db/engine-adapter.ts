// The driver adapter the WASM schema engine talks to PostgreSQL through: @prisma/adapter-pg,
// with two fixes the engine needs, and bookkeeping so its connections can be closed.
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type ColumnType,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { Pool } from 'pg';

export function engineAdapterFactory(url: string): {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Close every connection the engine opened (it never does so itself). */
  dispose(): Promise<void>;
} {
  const pg = new PrismaPg({ connectionString: url, max: 1 });
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = readCharColumns(wholeScripts(await connect()));
    opened.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect: () => track(() => pg.connect()),
    connectToShadowDb: () => track(() => pg.connectToShadowDb()),
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    dispose: async () => {
      await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

/**
 * @prisma/adapter-pg runs a script by splitting it at every ";", which breaks function bodies
 * ($$ ... ; ... $$) and string literals. Send the script as one simple query instead, as the
 * native engine does: PostgreSQL then runs a migration's statements in one implicit transaction.
 */
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const inner = adapter as unknown as { client: Pool; onError(error: unknown): never };
  if (typeof inner.client?.query !== 'function' || typeof inner.onError !== 'function') {
    throw new Error('Unexpected @prisma/adapter-pg internals: cannot run migration scripts whole');
  }
  adapter.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (error) {
      inner.onError(error);
    }
  };
  return adapter;
}

type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[][] };
const PG_CHAR = 18,
  PG_CHAR_ARRAY = 1002,
  PG_TEXT = 25,
  PG_TEXT_ARRAY = 1009;

/**
 * Introspection reads catalog columns of PostgreSQL's one-byte "char" type (pg_constraint.contype…),
 * which @prisma/adapter-pg rejects ("Column type 'char' could not be deserialized") although the
 * engine wants them as Character. Let the adapter read them as text, then mark them Character.
 */
function readCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const inner = adapter as unknown as { performIO(query: unknown): Promise<PgResult> };
  if (typeof inner.performIO !== 'function')
    throw new Error('Unexpected @prisma/adapter-pg internals: no performIO');
  const charColumns = new WeakMap<unknown[][], Map<number, ColumnType>>(); // keyed by the result's rows
  const performIO = inner.performIO.bind(adapter);
  inner.performIO = async (query) => {
    const result = await performIO(query);
    const found = new Map<number, ColumnType>();
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = PG_TEXT;
        found.set(i, ColumnTypeEnum.Character);
      } else if (field.dataTypeID === PG_CHAR_ARRAY) {
        field.dataTypeID = PG_TEXT_ARRAY;
        found.set(i, ColumnTypeEnum.CharacterArray);
      }
    });
    if (found.size > 0) charColumns.set(result.rows, found);
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const [i, type] of charColumns.get(resultSet.rows) ?? []) resultSet.columnTypes[i] = type;
    return resultSet;
  };
  return adapter;
}
