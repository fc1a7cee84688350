// One configured zxcvbn-ts estimator (common passwords, names, keyboard patterns), built on first use.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

let estimator: ZxcvbnFactory | undefined;

/** log10 of the guesses an attacker who knows common passwords and patterns would need. */
export function guessesLog10(secret: string, userInputs: string[] = []): number {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(secret, userInputs).guessesLog10;
}
