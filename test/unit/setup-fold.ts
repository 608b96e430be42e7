// The product folds traditional characters with OpenCC's table, handed over at run time
// (lib/phrases/fold.ts TRAD); unit tests use the hand-made table of the built-in words.
import { addTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';

addTraditionalPairs(HAND_TRAD_PAIRS);
