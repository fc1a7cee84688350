import { atomResponse } from '@/lib/api/public-responses';

export const GET = (request: Request) => atomResponse(request);
