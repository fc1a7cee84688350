import { otherMethods } from '@/lib/api/method-not-allowed';
import { verdictDetailResponse } from '@/lib/api/public-responses';
import { toErrorResponse } from '@/lib/api/respond';

/** Public: one published verdict; {id} is the claim slug (as in /claims/{id}). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return await verdictDetailResponse(request, (await params).id);
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
