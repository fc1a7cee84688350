import { otherMethods } from '@/lib/api/method-not-allowed';
import { toErrorResponse } from '@/lib/api/respond';
import { jsonLinesStream } from '@/lib/api/streams';
import { publicExportHeaders } from '@/lib/data/public/export-headers';
import { getPublicSettings } from '@/lib/data/public/settings';
import { allPublishedVerdicts } from '@/lib/data/public/verdict-export';
import { verdictJsonLine } from '@/lib/data/public/verdict-export-format';

export const dynamic = 'force-dynamic';

/** Public: every published verdict as JSON Lines (one verdict a line, with the licence), streamed. */
export async function GET() {
  try {
    const settings = await getPublicSettings();
    const body = jsonLinesStream(allPublishedVerdicts(), (verdict) =>
      verdictJsonLine(verdict, settings),
    );
    return new Response(body, {
      headers: publicExportHeaders('application/jsonl; charset=utf-8', 'verdicts.jsonl', settings),
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
