import { verdictDetailResponse } from '@/lib/api/public-responses';

// /api/v1/verdicts/{id} cached whole per id on first request, a 404 included (proxy.ts sends a
// plain GET here: lib/public/cached-route-path.ts).
export const revalidate = 3600;
export const generateStaticParams = async () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return verdictDetailResponse(null, (await params).id);
}
