/**
 * The context id of a classifier finding (model-findings.ts), in a file of
 * its own so the guard's panel can name it without importing the engine.
 */
export const MODEL_CONTEXT = 'model';
