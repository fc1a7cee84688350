// `prisma generate` that works offline (npm's postinstall runs it): the Prisma CLI wants to download
// its native schema engine first, but generate never runs it, so any existing file satisfies it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { repoRoot } from './paths';

const require = createRequire(__filename);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
// A stand-in that exists whenever the CLI does; generate only checks that the file is there.
env.PRISMA_SCHEMA_ENGINE_BINARY ||= require.resolve('prisma/package.json');

const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
