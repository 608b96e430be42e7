/**
 * Every structural pattern of rude service, threats and accounts explains
 * itself to the agent (lib/phrases/intent-notes.ts): a reason in both
 * languages for each id, and no note without its pattern.
 */
import { describe, expect, it } from 'vitest';
import { INTENT_NOTES } from '@/lib/phrases/intent-notes';
import { RUDE_PATTERNS } from '@/lib/phrases/intent-rude';
import { CONTEMPT_PATTERNS } from '@/lib/phrases/intent-contempt';
import { THREAT_PATTERNS } from '@/lib/phrases/intent-threats';
import { INTENT_IDS } from '@/lib/phrases/intent';
import { CONTEXT_NOTES, SCOPE_NOTES } from '@/lib/phrases/context-notes';

const STRUCTURAL = [...RUDE_PATTERNS, ...CONTEMPT_PATTERNS, ...THREAT_PATTERNS].map((p) => p.id);
const ACCOUNTS = ['card-photo', 'account-is-phone', 'bank-card-part', 'card-rest', 'which-bank', 'which-bank-pay', 'account-noun-ask', 'has-card', 'payee-bank'];

describe('intent notes', () => {
  it.each([...STRUCTURAL, ...ACCOUNTS].map((id) => [id]))('%s has a reason in both languages', (id) => {
    const note = INTENT_NOTES[id];
    expect(note?.reason.length, id).toBeGreaterThan(5);
    expect(note?.reasonEn.length, id).toBeGreaterThan(5);
  });
  it('every intent pattern has one (the options checker shows it as the reason)', () => {
    for (const id of INTENT_IDS) expect(INTENT_NOTES[id] ?? CONTEXT_NOTES[id] ?? SCOPE_NOTES[id], id).toBeDefined();
  });
  it('names only patterns that exist', () => {
    for (const id of Object.keys(INTENT_NOTES)) expect(INTENT_IDS.has(id), id).toBe(true);
  });
});
