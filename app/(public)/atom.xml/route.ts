import { atomFeed } from '@/lib/data/public/feeds';
import { cachedResponse } from '@/lib/data/public/http-cache';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return cachedResponse(request, await atomFeed(), 'application/atom+xml; charset=utf-8');
}
