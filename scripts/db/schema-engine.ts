// Prisma's schema engine, WebAssembly build, driven through @prisma/adapter-pg.
// The native engine (used by `prisma migrate`) cannot be downloaded on these machines.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type {
  DiffTarget,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from '@prisma/schema-engine-wasm';
import { engineAdapterFactory } from './engine-adapter';
import { migrationsDir, schemaPath } from './paths';

export type { SchemaEngine };
export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

let initialized = false;

/** Instantiate the .wasm ourselves (plain Node 20 cannot import a .wasm ES module). */
function initWasm(): void {
  if (initialized) return;
  // The engine reports a Rust panic through this global (the Prisma CLI installs the same).
  const g = globalThis as {
    PRISMA_WASM_PANIC_REGISTRY?: { message: string; set_message(m: string): void };
  };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(message: string) {
      this.message = `RuntimeError: ${message}`;
    },
  };
  const require = createRequire(__filename);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  // The engine arms 10 s timers it never clears; unref them so a finished script can exit.
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    const setTimer = imports[name] as (...args: unknown[]) => NodeJS.Timeout;
    imports[name] = (...args: unknown[]) => setTimer(...args).unref();
  }
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    './schema_engine_bg.js': imports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  initialized = true;
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Free the engine and close its database connections. */
  close(): Promise<void>;
}

/** Start a schema engine connected to `url`; `schema` is the Prisma schema text it starts with. */
export async function openSchemaEngine(url: string, schema = readSchema()): Promise<OpenEngine> {
  initWasm();
  const { factory, dispose } = engineAdapterFactory(url);
  const log = (line: string) => {
    if (process.env.SCHEMA_ENGINE_LOG) console.error('[schema-engine]', line);
  };
  const engine: SchemaEngine = await glue.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    log,
    factory,
  ).catch(async (err: unknown) => {
    await dispose();
    throw err;
  });
  return {
    engine,
    async close() {
      engine.free();
      await dispose();
    },
  };
}

/** Run `fn` with an engine for `url`, then free it and close its connections. */
export async function withSchemaEngine<T>(
  url: string,
  fn: (engine: SchemaEngine) => Promise<T>,
  schema?: string,
): Promise<T> {
  const { engine, close } = await openSchemaEngine(url, schema);
  try {
    return await fn(engine);
  } finally {
    await close();
  }
}

export function readSchema(file = schemaPath): string {
  return fs.readFileSync(file, 'utf8');
}

/** A diff source/target from Prisma schema text. */
export function schemaTarget(content: string): DiffTarget {
  return { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] };
}

/** SQL that takes a database from `from` to `to` (empty string when nothing changes). */
export async function diffScript(url: string, from: DiffTarget, to: DiffTarget): Promise<string> {
  return withSchemaEngine(url, async (engine) => {
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: noFilter });
    return result.stdout ?? '';
  });
}

/** True when a diff script contains no statements (the engine prints a comment for an empty migration). */
export function isEmptyScript(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

/** prisma/migrations loaded the way the Prisma CLI hands it to the engine. */
export function readMigrationsList(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? { tag: 'ok', value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error', value: `${file} does not exist` },
        },
      };
    }),
  };
}

/** The live database the engine is connected to, as a diff source (introspected). */
export function databaseTarget(schema: string): DiffTarget {
  return {
    tag: 'schemaDatasource',
    files: [{ path: 'schema.prisma', content: schema }],
    configDir: path.dirname(schemaPath),
  };
}
