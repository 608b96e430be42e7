/**
 * Letters typed for digits inside a number (issue 21 item 5; numbers.ts reads the text through this): l38 OO13 8OOO,
 * 15O 2233 4455, 6228 48OO l234. o for 0 and l for 1 in a word of only digits, o and l that holds a digit; a word with
 * another letter (o2o, hello, model) is left. Same length, same offsets.
 */
const LETTER_DIGITS = /(?<![a-z])(?=[0-9ol]*\d)[0-9ol]*[ol][0-9ol]*(?![a-z])/g;

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether `letter` stands beside a digit anywhere in `s` (a search per letter: cheaper than a regex over every text). */
function besideDigit(s: string, letter: string): boolean {
  for (let i = s.indexOf(letter); i >= 0; i = s.indexOf(letter, i + 1)) if (isDigitCode(s.charCodeAt(i - 1)) || isDigitCode(s.charCodeAt(i + 1))) return true;
  return false;
}

export const asDigits = (folded: string) =>
  besideDigit(folded, 'o') || besideDigit(folded, 'l') ? folded.replace(LETTER_DIGITS, (w) => w.replace(/o/g, '0').replace(/l/g, '1')) : folded;
