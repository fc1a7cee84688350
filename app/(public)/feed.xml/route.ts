import { rssResponse } from '@/lib/api/public-responses';

export const GET = (request: Request) => rssResponse(request);
