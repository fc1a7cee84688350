import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': import.meta.dirname,
  'server-only': path.join(import.meta.dirname, 'tests/support/server-only-stub.ts'),
};

// Integration and security tests share one migrated test database per run.
const withDatabase = {
  environment: 'node' as const,
  globalSetup: ['tests/support/global-setup.ts'],
  setupFiles: ['tests/support/integration-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  // The security log's JSON lines would drown the test report; tests that check it capture it.
  env: { SECURITY_LOG_LEVEL: 'silent' },
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          ...withDatabase,
          // After the unit tests and before the security tests: the two database tiers share one
          // database, and the embedded one (single-threaded) timed out serving both at once.
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Issue 10's checks (sessions, origins, headers, throttling, logs); on the real database too.
        resolve: { alias },
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          ...withDatabase,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
