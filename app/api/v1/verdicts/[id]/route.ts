import { errorResponse, toErrorResponse } from '@/lib/api/respond';
import { getPublicSettings, getPublishedClaim } from '@/lib/data/public/cached';
import { cachedResponse } from '@/lib/data/public/http-cache';
import { siteUrl } from '@/lib/data/public/settings';
import { isSafeText } from '@/lib/schemas/safe-text';
import { verdictDetailJson } from '@/lib/data/public/verdict-json';
import type { VerdictDetailResponse } from '@/lib/schemas/api/verdict';
import { otherMethods } from '@/lib/api/method-not-allowed';

/** Public: one published verdict; {id} is the claim slug (as in /claims/{id}). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const [claim, settings] = await Promise.all([
      id.length <= 200 && isSafeText(id) ? getPublishedClaim(id) : null,
      getPublicSettings(),
    ]);
    if (!claim) return errorResponse(404, 'not_found', 'No published verdict has this id.');
    return cachedResponse(
      request,
      JSON.stringify(
        verdictDetailJson(
          claim,
          siteUrl(settings, `/claims/${claim.slug}`),
        ) satisfies VerdictDetailResponse,
      ),
      'application/json; charset=utf-8',
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
