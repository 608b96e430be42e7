import { i18n } from '#i18n';

/** A chat tab saw new buyers today but no push brought them (issue 20 item 6): the figures below miss them. */
export function TrafficMissing() {
  return (
    <div class="banner banner--error" role="alert" data-testid="traffic-missing">
      <strong>{i18n.t('waits.diagTrafficMissing')}</strong>
    </div>
  );
}
