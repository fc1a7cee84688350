import { existsSync } from 'node:fs';

/** The browser e2e runs in: CHROMIUM_PATH, Debian's chromium, or Playwright's own download. */
export async function findChromium(): Promise<{ path: string | null; problem: string | null }> {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean) as string[];
  for (const candidate of candidates)
    if (existsSync(candidate)) return { path: candidate, problem: null };
  try {
    const { chromium } = await import('@playwright/test');
    if (existsSync(chromium.executablePath())) return { path: null, problem: null };
  } catch {
    // fall through to the explanation below
  }
  return {
    path: null,
    problem:
      "No Chromium for the e2e tests: install Debian's chromium (apt-get install -y chromium), set CHROMIUM_PATH, or run `npx playwright install chromium`.",
  };
}
