import { NextResponse, type NextRequest } from 'next/server';
import { CROSS_ORIGIN_MESSAGE, isCrossOriginWrite } from '@/lib/security/cross-origin';

// Runs before every request. Refuses cross-origin cookie writes here as well as in lib/api/route.ts,
// because Next answers a Server Action with a foreign Origin with a 500 before any app code runs.
export function proxy(request: NextRequest) {
  if (isCrossOriginWrite(request.method, request.headers))
    return NextResponse.json(
      { error: { code: 'forbidden', message: CROSS_ORIGIN_MESSAGE } },
      { status: 403 },
    );
  return NextResponse.next();
}

export const config = { matcher: '/((?!_next/static|_next/image).*)' };
