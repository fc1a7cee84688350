// Vitest setupFiles for the integration project: runs in each worker before a test file's imports,
// so app modules (lib/db.ts) build their PrismaClient on the test database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
