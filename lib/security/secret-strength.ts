import { guessesLog10 } from './password-strength-estimator';

const MIN_BYTES = 32;
// About 2^100 guesses: what `openssl rand -hex 16` or `-base64 32` give; repeats, sequences and
// phrases of common words fall far short.
const MIN_GUESSES_LOG10 = 30;

/** Why NEXTAUTH_SECRET is too weak to sign production sessions, or null when it is fine. */
export function weakSecretProblem(secret: string): string | null {
  if (Buffer.byteLength(secret, 'utf8') < MIN_BYTES)
    return `NEXTAUTH_SECRET must be at least ${MIN_BYTES} bytes; generate one with \`openssl rand -base64 32\`.`;
  if (guessesLog10(secret) < MIN_GUESSES_LOG10)
    return 'NEXTAUTH_SECRET is guessable (repeated characters, a sequence or common words); generate one with `openssl rand -base64 32`.';
  return null;
}
