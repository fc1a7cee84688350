import { readEnv } from '@/lib/schemas/env';

// Refuse to serve with a missing secret or database: a clear message and a non-zero exit.
try {
  readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
