import { CALM_FIRST, stageBackgrounds } from '@/lib/stage-colours';

/**
 * Refund stage colours (RULES.md §3; settings.afterSales.stageHours), made from lib/stage-colours.ts;
 * a refund whose deadline is unknown is grey (white text 5.3:1). Shared by the row badges and the
 * panel; appended after their own sheets.
 */
export const STAGES_CSS = `${stageBackgrounds(CALM_FIRST)}\n.unknown { background: #6b6b6b; }`;
