import { i18n } from '#i18n';
import iconArt from '@/assets/icon/icon.svg';
import afterSalesArt from '@/assets/welcome/after-sales.svg';
import phraseGuardArt from '@/assets/welcome/phrase-guard.svg';
import pinArt from '@/assets/welcome/pin-icon.svg';
import popupArt from '@/assets/welcome/popup-preview.svg';
import replyTimerArt from '@/assets/welcome/reply-timer.svg';
import { RuleLink } from '@/lib/ui/RuleLink';
import type { SaveResult } from '@/lib/settings/save';
import { TeamFileImport } from '../pages/TeamFileImport';

export interface WelcomeDeps {
  openChat(): void;
  openOptions(): void;
  importFile(text: string): Promise<SaveResult>;
}

const FEATURES = [
  { id: 'timer', art: replyTimerArt, rule: 'reply-5min' },
  { id: 'guard', art: phraseGuardArt, rule: 'chat-contact' },
  { id: 'aftersales', art: afterSalesArt, rule: 'refund-48h' },
] as const;

function Hero(deps: WelcomeDeps) {
  return (
    <header class="hero">
      {/* The icon's SVG, not icon/128.png: that one carries the stores' transparent padding. */}
      <img src={iconArt} width={72} height={72} alt="" />
      <div class="hero-text">
        <h1>{i18n.t('welcome.title')}</h1>
        <p>{i18n.t('welcome.subtitle')}</p>
        <p class="not-affiliated" data-testid="not-affiliated">
          {i18n.t('notAffiliated')}
        </p>
        <div class="hero-actions">
          <button type="button" class="btn btn--primary btn--big" data-testid="open-chat" onClick={deps.openChat}>
            {i18n.t('welcome.openChat')}
          </button>
          <TeamFileImport onImport={deps.importFile} />
          <a
            href="/options.html"
            class="btn btn--link"
            data-testid="open-options"
            onClick={(e) => {
              e.preventDefault();
              deps.openOptions();
            }}
          >
            {i18n.t('welcome.openOptions')}
          </a>
        </div>
      </div>
    </header>
  );
}

/** The first steps, in order; a step's picture is optional. */
const STEPS = [
  { id: 'pin', art: { src: pinArt, height: 210 } },
  { id: 'start', art: { src: popupArt, height: 150 } },
  { id: 'team', art: null },
] as const;

function Steps() {
  const text = {
    pin: { title: i18n.t('welcome.pin.title'), body: i18n.t('welcome.pin.body'), alt: i18n.t('welcome.pin.alt') },
    start: { title: i18n.t('welcome.start.title'), body: i18n.t('welcome.start.body'), alt: i18n.t('welcome.start.alt') },
    team: { title: i18n.t('welcome.team.title'), body: i18n.t('welcome.team.body'), alt: '' },
  };
  return (
    <section class="steps">
      {STEPS.map((step, i) => (
        <div key={step.id} class="step">
          <span class="step-no">{i + 1}</span>
          <div>
            <h2>{text[step.id].title}</h2>
            <p>{text[step.id].body}</p>
          </div>
          {step.art && <img src={step.art.src} alt={text[step.id].alt} width={360} height={step.art.height} />}
        </div>
      ))}
    </section>
  );
}

function Features() {
  const title = {
    timer: i18n.t('welcome.timer.title'),
    guard: i18n.t('welcome.guard.title'),
    aftersales: i18n.t('welcome.aftersales.title'),
  };
  const body = {
    timer: i18n.t('welcome.timer.body'),
    guard: i18n.t('welcome.guard.body'),
    aftersales: i18n.t('welcome.aftersales.body'),
  };
  return (
    <section class="features">
      {FEATURES.map((f) => (
        <article key={f.id} class="feature" data-testid={`feature-${f.id}`}>
          <img src={f.art} alt={title[f.id]} width={360} height={210} />
          <h3>
            {title[f.id]}
            <RuleLink id={f.rule} />
          </h3>
          <p>{body[f.id]}</p>
        </article>
      ))}
    </section>
  );
}

function Privacy() {
  return (
    <section class="card privacy" data-testid="privacy">
      <h2>{i18n.t('welcome.privacy.title')}</h2>
      <ul>
        <li>{i18n.t('welcome.privacy.noNetwork')}</li>
        <li>{i18n.t('welcome.privacy.noText')}</li>
        <li>{i18n.t('welcome.privacy.local')}</li>
        <li>{i18n.t('welcome.privacy.estimates')}</li>
      </ul>
    </section>
  );
}

/** The page opened on install: what the extension does, pinning, the chat workbench, the team file, privacy. */
export function WelcomeApp(deps: WelcomeDeps) {
  return (
    <main class="welcome" data-testid="welcome">
      <Hero {...deps} />
      <Steps />
      <h2 class="features-title">{i18n.t('welcome.featuresTitle')}</h2>
      <Features />
      <Privacy />
    </main>
  );
}
