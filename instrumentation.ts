// Runs once when a server instance starts; the Node-only check lives in its own file so the Edge build never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/check-env-on-start');
}
