import { otherMethods } from '@/lib/api/method-not-allowed';
import { apiRoute, searchParamsObject } from '@/lib/api/route';
import { attachment, csvStream, jsonArrayStream } from '@/lib/api/streams';
import { claimCsvRecord, claimExportRows } from '@/lib/data/exports/claim-export';
import { CLAIM_CSV_COLUMNS } from '@/lib/schemas/api/exports';
import { claimExportQuerySchema } from '@/lib/schemas/claim-export';

export const dynamic = 'force-dynamic';

/** The claims queue's current filter, every page, streamed as CSV or JSON. */
export const GET = apiRoute(async ({ request, user }) => {
  const {
    format,
    bom,
    page: _page,
    ...filters
  } = claimExportQuerySchema.parse(searchParamsObject(request));
  const rows = claimExportRows(user, filters);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'json')
    return new Response(
      jsonArrayStream('claims', rows, (row) => row),
      {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': attachment(`claims-${stamp}.json`),
          'Cache-Control': 'no-store',
        },
      },
    );
  return new Response(csvStream(rows, CLAIM_CSV_COLUMNS, claimCsvRecord, { bom: bom === '1' }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': attachment(`claims-${stamp}.csv`),
      'Cache-Control': 'no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
