import { atomFeed } from '@/lib/data/public/cached';
import { cachedResponse } from '@/lib/data/public/http-cache';

export async function GET(request: Request) {
  return cachedResponse(request, await atomFeed(), 'application/atom+xml; charset=utf-8');
}
