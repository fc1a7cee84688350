import { guessesLog10 } from './password-strength-estimator';

// zxcvbn's "safely unguessable" band (score 3): about 10^8 guesses, beyond an online attack's
// reach even without our throttling; common passwords, repeats and sequences fall far short.
const MIN_GUESSES_LOG10 = 8;

/** Why a new password is too easy to guess (it may not contain the user's own name or email), or null. */
export function weakPasswordProblem(password: string, userInputs: string[] = []): string | null {
  return guessesLog10(password, userInputs) < MIN_GUESSES_LOG10
    ? 'This password is too easy to guess (a common password, a pattern or your own name). Try a few unrelated words.'
    : null;
}
