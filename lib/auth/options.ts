import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { clientAddressFrom } from '@/lib/security/client-address';
import { REQUEST_ID_HEADER, requestContext } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';
import { authenticate } from './authenticate';
import { safeAuthRedirect } from './callback-url';
import { endSessionsAtSignOut } from './session-end';

export const authOptions: NextAuthOptions = {
  // The token holds only the user id and the session version it was issued at; role, disabled flag
  // and the current session version are read from the database per request.
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      // The address comes from the front server (scripts/serve.ts), never from X-Forwarded-For.
      authorize: (credentials, req) =>
        authenticate(
          credentials,
          clientAddressFrom(req?.headers),
          (req?.headers?.[REQUEST_ID_HEADER] as string | undefined) ?? null,
        ),
    }),
  ],
  callbacks: {
    redirect: ({ url, baseUrl }) => safeAuthRedirect(url, baseUrl),
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      // A token without a version (issued before versions existed) matches no user.
      return {
        expires: session.expires,
        user: { id: token.sub ?? '', sessionVersion: token.sessionVersion ?? -1 },
      };
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sub || typeof token.sessionVersion !== 'number') return;
      await endSessionsAtSignOut(token.sub, token.sessionVersion);
      logSecurityEvent('auth.sign_out', { userId: token.sub, ...(await requestContext()) });
    },
  },
};
