/** The longest claim statement stored or accepted (the prefilled one is cut to it). */
export const MAX_STATEMENT_LENGTH = 1000;
