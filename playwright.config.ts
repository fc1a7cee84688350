import { defineConfig, devices } from '@playwright/test';
import { e2eSmtpPort } from './e2e/smtp-port';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `npm test` also asks for JSON, to print one closing line of counts.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE }]]
    : [['list']],
  outputDir: `test-results/${port}`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumPath
      ? {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        }
      : undefined,
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      dependencies: ['setup'],
      testIgnore: /auth\.setup\.ts/,
    },
  ],
  webServer: [
    {
      // The app's own server (scripts/serve.ts), as `npm start` runs it.
      command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts -p ${port}`,
      url: `${baseURL}/signin`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        ...(process.env as Record<string, string>),
        NEXTAUTH_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`,
        // Specs write published rows straight into the database, which no cache hears about: this
        // server reads them every time (pages cached whole still expire on workflow moves), and
        // e2e/shared-cache.spec.ts runs two cached instances of its own.
        FACTDESK_PUBLIC_CACHE: 'off',
      },
    },
    {
      // A job worker beside it, as production runs `npm run worker` (media monitoring specs).
      command: 'node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/worker.ts',
      wait: { stdout: /worker: running/ },
      timeout: 120_000,
      reuseExistingServer: false,
      env: { ...(process.env as Record<string, string>), JOB_LOG_LEVEL: 'warn' },
    },
  ],
});
