import { rssResponse } from '@/lib/api/public-responses';

// /feed.xml cached whole (proxy.ts sends a plain GET here: lib/public/cached-route-path.ts).
export const revalidate = 3600;

export const GET = () => rssResponse(null);
