// Plain words everywhere an agent reads: no "第 §2 节" / "（第 2 节）" citations, no doubled
// brackets, no adapter ids in notices, and the welcome art says what the timer colours are.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { LEVELS_CSS } from '@/lib/features/reply-timer/wait-levels';
import { STAGE_COLOURS } from '@/lib/stage-colours';

const LOCALES = ['locales/zh_CN.yml', 'locales/en.yml'];
const ART = fs.readdirSync('assets/welcome').filter((f) => f.endsWith('.svg')).map((f) => path.join('assets/welcome', f));

async function messages(file: string): Promise<string[]> {
  const parsed = await parseMessagesFile(path.resolve(file));
  const texts = parsed.map((m) => ('message' in m && typeof m.message === 'string' ? m.message : JSON.stringify(m)));
  expect(texts.length).toBeGreaterThan(100);
  return texts;
}

describe('UI wording', () => {
  it.each(LOCALES)('%s cites rules one way and never doubles brackets', async (file) => {
    for (const text of await messages(file)) {
      expect(text).not.toMatch(/第\s*§?\s*\{?\w*\}?\s*节/);
      expect(text).not.toMatch(/section \{section\}/);
      expect(text).not.toMatch(/）（/);
      expect(text).not.toContain('缺少：');
      expect(text).not.toContain('{missing}');
      expect(text).not.toContain('storage.managed');
    }
  });

  it.each(ART)('%s has no "第 §2 节" style citation', (file) => {
    const svg = fs.readFileSync(file, 'utf8');
    expect(svg).not.toMatch(/第\s*§?\s*\d\s*节/);
  });

  it('the welcome page describes the timer colours as the badges show them (past 30 s is gold)', async () => {
    const zh = (await messages('locales/zh_CN.yml')).find((t) => t.includes('每位等待的买家旁'))!;
    expect(zh).toContain('金色超过30秒');
    expect(zh).toContain('红色超过5分钟');
    expect(LEVELS_CSS).toContain(`.l1 { background: ${STAGE_COLOURS[1]!.hex}; }`); // past the first threshold (30 s)
    expect(STAGE_COLOURS[1]!.name.en).toBe('gold');
  });
});
