import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  // The session carries only the user id and the session version it was issued at; everything else
  // is read from the database per request, and a bumped version ends the session.
  interface Session {
    user: { id: string; sessionVersion: number };
  }
  interface User {
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sessionVersion?: number;
  }
}
