import { guessesLog10 } from './password-strength-estimator';

const MIN_BYTES = 32;
// About 2^80 guesses. zxcvbn rates random strings conservatively (10 per character): 400 draws of
// `openssl rand -hex 16` scored 10^28 at the lowest, `-base64 32` 10^42; repeats, sequences and
// common words score far below (32 × "a": 10^2.6).
const MIN_GUESSES_LOG10 = 24;

/** Why NEXTAUTH_SECRET is too weak to sign production sessions, or null when it is fine. */
export function weakSecretProblem(secret: string): string | null {
  if (Buffer.byteLength(secret, 'utf8') < MIN_BYTES)
    return `NEXTAUTH_SECRET must be at least ${MIN_BYTES} bytes; generate one with \`openssl rand -base64 32\`.`;
  if (guessesLog10(secret) < MIN_GUESSES_LOG10)
    return 'NEXTAUTH_SECRET is guessable (repeated characters, a sequence or common words); generate one with `openssl rand -base64 32`.';
  return null;
}
