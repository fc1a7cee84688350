// `npm run build`: `next build` from an empty data cache (scripts/lib/next-build.ts).
import { repoRoot } from './db/paths';
import { runNextBuild } from './lib/next-build';

void runNextBuild(repoRoot, process.env);
