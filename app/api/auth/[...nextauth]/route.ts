import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { signInSchema } from '@/lib/schemas/sign-in';

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Malformed sign-in payloads get a 400 here instead of a redirect loop inside next-auth.
async function post(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const problem = await credentialsProblem(request.clone());
    if (problem)
      return NextResponse.json({ error: { code: 'invalid', message: problem } }, { status: 400 });
  }
  return handler(request, context);
}

async function credentialsProblem(request: Request): Promise<string | null> {
  const type = request.headers.get('content-type') ?? '';
  let body: Record<string, unknown>;
  try {
    if (type.includes('application/x-www-form-urlencoded'))
      body = Object.fromEntries(new URLSearchParams(await request.text()));
    else if (type.includes('application/json')) body = await request.json();
    else return 'Send the sign-in form as application/x-www-form-urlencoded or JSON.';
  } catch {
    return 'The sign-in request body could not be read.';
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return 'The sign-in request body must be an object.';
  if (typeof body.csrfToken !== 'string' || !body.csrfToken)
    return 'The sign-in request lacks its CSRF token.';
  const parsed = signInSchema.safeParse(body);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid sign-in request.');
}

export { handler as GET, post as POST };
