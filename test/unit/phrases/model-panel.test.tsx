/**
 * Issue 21 item 6: a classifier finding is explained to the agent — it has no
 * word to quote, so the panel says it is the extension's estimate (模型判断，
 * 无具体违规词), and the category's rewrite is offered as for a rule's finding.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { GuardPanel } from '@/lib/features/phrase-guard/panel';
import { scan } from '@/lib/phrases';
import { useLocale } from '../popup/i18n';

function panel(text: string) {
  const findings = scan(text).map((f) => ({ ...f, action: 'block' as const, raised: false }));
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <GuardPanel mode="held" text={text} findings={findings} canOverride={false} pressAgain={false} position={{ left: 0, bottom: 0, width: 300 }} onSendAnyway={() => undefined} onEdit={() => undefined} onRewrite={() => undefined} />,
    host,
  );
  return host;
}

describe('the panel on a model finding', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('says it is the model’s estimate with no banned word, and offers the polite rewrite', () => {
    const host = panel('别人都没说什么，怎么就您这么较真');
    const line = host.querySelector('.guard-findings li[data-category="abuse"]')!;
    expect(line.textContent).toContain('整句可能被视为辱骂骚扰（插件估算：模型判断，无具体违规词）');
    expect(line.textContent).not.toContain('「');
    expect((host.querySelector('[data-testid="guard-rewrite"]') as HTMLElement).dataset.kind).toBe('abuse');
  });

  it('a rule’s finding keeps quoting its word', () => {
    expect(panel('你有病吧').querySelector('.guard-findings li')!.textContent).toContain('「你有病吧」');
  });
});
