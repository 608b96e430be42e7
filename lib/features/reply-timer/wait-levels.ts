import { stageBackgrounds } from '@/lib/stage-colours';

/**
 * Wait badge colours by level = thresholds passed: 30 s, 3 min, 5 min, 1 h (RULES.md §1), made from
 * lib/stage-colours.ts. Shared by the badges and the alert; appended after their own sheets.
 */
export const LEVELS_CSS = stageBackgrounds(['l0', 'l1', 'l2', 'l3', 'l4']);
