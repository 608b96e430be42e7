/**
 * Letters typed for digits inside a number (issue 21 item 5; numbers.ts reads the text through this) (l38 OO13 8OOO, 15O 2233 4455, 6228 48OO l234): o for 0 and l for 1 in a word of
 * only digits, o and l that holds a digit; a word with another letter (o2o, hello, model) is left. Same length, same offsets.
 */
const LOOKS_LIKE = /\d[ol]|[ol]\d/;
const LETTER_DIGITS = /(?<![a-z])(?=[0-9ol]*\d)[0-9ol]*[ol][0-9ol]*(?![a-z])/g;
export const asDigits = (folded: string) => (LOOKS_LIKE.test(folded) ? folded.replace(LETTER_DIGITS, (w) => w.replace(/o/g, '0').replace(/l/g, '1')) : folded);
