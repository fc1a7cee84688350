import { otherMethods } from '@/lib/api/method-not-allowed';
import { verdictListResponse } from '@/lib/api/public-responses';
import { toErrorResponse } from '@/lib/api/respond';

/** Public: published verdicts, newest first; ?cursor= (or ?page= for the first pages)&q=&rating=&speaker=&from=&to=. */
export async function GET(request: Request) {
  try {
    return await verdictListResponse(request, new URL(request.url).searchParams);
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
