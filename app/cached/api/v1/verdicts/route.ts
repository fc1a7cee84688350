import { verdictListResponse } from '@/lib/api/public-responses';

// The first page of /api/v1/verdicts cached whole (proxy.ts sends a GET without a query string
// here: lib/public/cached-route-path.ts).
export const revalidate = 3600;

export const GET = () => verdictListResponse(null, new URLSearchParams());
