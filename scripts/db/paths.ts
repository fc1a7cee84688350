import path from 'node:path';

/** Repository root (scripts/db/ is two levels below it). */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const schemaPath = path.join(repoRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');
/** Where the app's embedded PostgreSQL keeps its data (git-ignored). */
export const defaultDataDir = path.join(repoRoot, '.data', 'pglite');
/** The NEXTAUTH_SECRET that goes with the embedded database (git-ignored). */
export const embeddedSecretFile = path.join(repoRoot, '.data', 'nextauth-secret');

/** True when `file` (pass `__filename`) is the script node/tsx was started with. */
export function isMain(file: string): boolean {
  return (
    !!process.argv[1] &&
    path.resolve(process.argv[1]).replace(/\.ts$/, '') === file.replace(/\.ts$/, '')
  );
}
