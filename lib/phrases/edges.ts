/**
 * Whether a dictionary match stands on its own in the folded text (moved out
 * of scan.ts unchanged, to keep that file within its size limit).
 */
import type { PatternInfo } from './types';

const isLetter = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isLetter(c) || isDigit(c);
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;
/** - and _ join a model code's parts (XR-TB, SB_2). */
const isJoiner = (c: number) => c === HYPHEN || c === UNDERSCORE;
/** . and , between digits: a price (1688.00, 1,688). */
const isDecimalMark = (c: number) => c === FULL_STOP || c === COMMA;
/**
 * Whether a dictionary match at [start, end) of the folded text stands on its
 * own: not inside a longer run of letters or digits where the word asks for it.
 */
export function standsAlone(info: PatternInfo, folded: string, start: number, end: number): boolean {
  if (info.checkLeft && start > 0) {
    const c = folded.charCodeAt(start - 1);
    if (isLetter(c) || isDigit(c)) return false;
    // TB in "XR-TB" is part of a model code.
    if (!info.digitsAfter && isJoiner(c) && isAlnum(folded.charCodeAt(start - 2))) return false;
  }
  if (info.checkRight && end < folded.length) {
    const c = folded.charCodeAt(end);
    if (isLetter(c) || (isDigit(c) && !info.digitsAfter)) return false;
    // 1688.00 is a price; JD-100 and SB_2 are model codes.
    if (isDecimalMark(c) && isDigit(folded.charCodeAt(end - 1)) && isDigit(folded.charCodeAt(end + 1))) return false;
    if (!info.digitsAfter && isJoiner(c) && isAlnum(folded.charCodeAt(end + 1))) return false;
  }
  return true;
}
