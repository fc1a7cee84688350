import { otherMethods } from '@/lib/api/method-not-allowed';
import { toErrorResponse } from '@/lib/api/respond';
import { csvStream } from '@/lib/api/streams';
import { getPublicSettings } from '@/lib/data/public/settings';
import { allPublishedVerdicts } from '@/lib/data/public/verdict-export';
import { verdictCsvRecord } from '@/lib/data/public/verdict-export-format';
import { VERDICT_CSV_COLUMNS } from '@/lib/schemas/api/exports';
import { verdictCsvQuerySchema } from '@/lib/schemas/feed-query';
import { publicExportHeaders } from '@/lib/data/public/export-headers';

export const dynamic = 'force-dynamic';

/** Public: every published verdict as CSV, newest first, streamed. */
export async function GET(request: Request) {
  try {
    const { bom } = verdictCsvQuerySchema.parse(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    const settings = await getPublicSettings();
    const body = csvStream(
      allPublishedVerdicts(),
      VERDICT_CSV_COLUMNS,
      (verdict) => verdictCsvRecord(verdict, settings),
      { bom: bom === '1' },
    );
    return new Response(body, {
      headers: publicExportHeaders(
        'text/csv; charset=utf-8; header=present',
        'verdicts.csv',
        settings,
      ),
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
