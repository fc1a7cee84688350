// The quantities a claim states, normalised so "12,000", "12 000" and "12 thousand" compare equal.
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const PERCENT = /^(%|percent|per\s*cent)$/i;
// "0.1 percentage points" and "0.1 points" are one quantity, distinct from "0.1 percent".
const POINTS = /^(percentage\s+)?points?$/i;

// A number glued to a word ("EB-5", "H-1B", "COVID-19") is part of a name, not a quantity.
const NUMBER =
  /(?<![\p{L}\d.,]|\p{L}-)(\d{1,3}(?:[, \u00a0]\d{3})+|\d+)(?:\.(\d+))?\s*(%|percent\b|per\s*cent\b|(?:percentage\s+)?points?\b|thousand\b|million\b|billion\b|trillion\b|bn\b|mn\b|tn\b|k\b|m\b|b\b)?/giu;
const WORDS =
  /\b((?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|a)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|hundred|and))*)\s+(thousand|million|billion|trillion|percent|per\s*cent)\b/gi;

type Unit = '' | '%' | 'pt';

function format(value: number, unit: Unit): string {
  return `${Number(value.toPrecision(6))}${unit}`;
}

const unitOf = (suffix: string): Unit =>
  PERCENT.test(suffix) ? '%' : POINTS.test(suffix) ? 'pt' : '';

function wordsValue(words: string): number | null {
  let total = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'a') total = Math.max(total, 1);
    else if (word === 'hundred') total = Math.max(total, 1) * 100;
    else if (word in UNITS) total += UNITS[word];
    else return null;
  }
  return total;
}

/** The numbers in a text as normalised strings ("12000", "3.5%"), in order of appearance, without repeats. */
export function extractNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const whole = Number(match[1].replace(/[, \u00a0]/g, ''));
    const value = match[2] ? Number(`${whole}.${match[2]}`) : whole;
    const suffix = match[3]?.toLowerCase() ?? '';
    const unit = unitOf(suffix);
    found.push(format(value * (unit ? 1 : (SCALES[suffix] ?? 1)), unit));
  }
  for (const match of text.matchAll(WORDS)) {
    const value = wordsValue(match[1]);
    const suffix = match[2].toLowerCase();
    if (value === null) continue;
    const unit = unitOf(suffix);
    found.push(format(value * (unit ? 1 : SCALES[suffix]), unit));
  }
  return [...new Set(found)];
}

export type NumberAgreement = 'same' | 'differ' | 'one-sided' | 'none';

/** Whether two claims state the same quantities; any quantity one states and the other contradicts is "differ". */
export function compareNumbers(a: readonly string[], b: readonly string[]): NumberAgreement {
  if (!a.length && !b.length) return 'none';
  if (!a.length || !b.length) return 'one-sided';
  const setB = new Set(b);
  return a.length === b.length && a.every((n) => setB.has(n)) ? 'same' : 'differ';
}
