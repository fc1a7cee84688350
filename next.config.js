// With REDIS_URL every instance shares one cache (cached pages and reads, tag expiry) through
// Redis; without it Next's own in-process cache serves (the embedded `npm start`).
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: require.resolve('./cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...sharedCache,
  poweredByHeader: false,
  reactStrictMode: true,
  // The test run builds into its own folder so it never clobbers a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Packages that load WebAssembly or native binaries stay outside the server bundle.
  serverExternalPackages: [
    '@node-rs/argon2',
    '@prisma/client',
    '@prisma/adapter-pg',
    'pg',
    'linkedom',
    'pino',
  ],
  experimental: { authInterrupts: true },
  // Static assets skip proxy.ts; they still get the headers that are the same on every response.
  async headers() {
    return [
      {
        source: '/_next/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
  // `npm test` type-checks once (tsc); skipping it here halves the build on 2 cores.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
