import { atomResponse } from '@/lib/api/public-responses';

// /atom.xml cached whole (proxy.ts sends a plain GET here: lib/public/cached-route-path.ts).
export const revalidate = 3600;

export const GET = () => atomResponse(null);
