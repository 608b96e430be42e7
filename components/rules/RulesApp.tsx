import { i18n } from '#i18n';
import { RULE_BOOK, RULE_SOURCES, type SourceId, type Text } from './rule-book';
import { ruleAnchor } from '@/lib/rules';
import { RULES } from '@/lib/rules';
import { lang } from '@/lib/ui/lang';
import { Colours } from './Colours';

const t = (text: Text): string => text[lang()];

function SourceList({ ids }: { ids: readonly SourceId[] }) {
  return (
    <span class="sources">
      {ids.map((id) => (
        <a key={id} href={`#source-${id}`} class="source-ref">
          [{id}]
        </a>
      ))}
    </span>
  );
}

type Section = (typeof RULE_BOOK)[number];

function Toc() {
  return (
    <nav class="toc" aria-label={i18n.t('rules.toc')}>
      {RULE_BOOK.map((s) => (
        <a key={s.section} href={`#section-${s.section.slice(1)}`}>
          {s.section} {t(s.title)}
        </a>
      ))}
      <a href="#colours">{i18n.t('rules.coloursTitle')}</a>
      <a href="#sources">{i18n.t('rules.sourcesTitle')}</a>
    </nav>
  );
}

/** One rule: its figure, what breaking it costs, what the extension does, and the sources. */
function RuleEntry({ rule: r, section }: { rule: Section['rules'][number]; section: string }) {
  return (
    <article class="rule-entry" id={ruleAnchor(r.id)} data-testid={`rule-${r.id}`}>
      <h3>
        {RULES[r.id][lang()]} <span class="sec small">{section}</span>
      </h3>
      <dl>
        <dt>{i18n.t('rules.figure')}</dt>
        <dd>{t(r.figure)}</dd>
        <dt>{i18n.t('rules.consequence')}</dt>
        <dd>{t(r.consequence)}</dd>
        <dt>{i18n.t('rules.extension')}</dt>
        <dd>{t(r.extension)}</dd>
        <dt>{i18n.t('rules.source')}</dt>
        <dd>
          <SourceList ids={r.sources} />
        </dd>
      </dl>
    </article>
  );
}

function RuleSection({ section: s }: { section: Section }) {
  return (
    <section class="rule-section" id={`section-${s.section.slice(1)}`}>
      <h2>
        <span class="sec">{s.section}</span> {t(s.title)}
      </h2>
      <p class="intro">{t(s.intro)}</p>
      {s.rules.map((r) => (
        <RuleEntry key={r.id} rule={r} section={s.section} />
      ))}
    </section>
  );
}

function Sources() {
  return (
    <section class="rule-section" id="sources">
      <h2>{i18n.t('rules.sourcesTitle')}</h2>
      <p class="intro">{i18n.t('rules.sourcesNote')}</p>
      <ol class="source-list">
        {(Object.keys(RULE_SOURCES) as SourceId[]).map((id) => {
          const src = RULE_SOURCES[id];
          return (
            <li key={id} id={`source-${id}`}>
              <b>[{id}]</b> 《{src.title}》 · {t(src.publisher)}
              {src.date ? ` · ${src.date}` : ''} — {t(src.about)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The rules page: every rule the extension cites, one anchor per rule (the rule id), then the source articles. */
export function RulesApp() {
  return (
    <main class="rules-page" data-testid="rules-page">
      <header class="rules-head">
        <h1>{i18n.t('rules.title')}</h1>
        <p>{i18n.t('rules.intro')}</p>
        <p class="muted small">{i18n.t('rules.timeNote')}</p>
      </header>
      <Toc />
      {RULE_BOOK.map((s) => (
        <RuleSection key={s.section} section={s} />
      ))}
      <Colours />
      <Sources />
    </main>
  );
}
