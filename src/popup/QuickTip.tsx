/**
 * Quick tip: the tip of the day (new each local day), Next / Previous, its
 * category, the "General guidance" mark on Limber's own advice, and "Read
 * more" opening the article at the tip's section.
 */
import { useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { send } from '../shared/messenger';
import { dailyOrder, stepIndex, tipIndexFor } from '../shared/tip-of-the-day';
import { tipCategoryLabels, tips, type Tip } from '../knowledge';
import { GeneralBadge } from '../shared/ui/GeneralBadge';

export function QuickTip({ now }: { now: number }) {
  const order = useMemo(() => dailyOrder(tips), []);
  // The day's tip is chosen once when the popup opens; Next/Previous move from it.
  const [index, setIndex] = useState(() => tipIndexFor(order.length, now));
  const tip: Tip | undefined = order[index];
  if (!tip) return null;
  return (
    <section class="card tip" aria-labelledby="tip-title">
      <div class="card-head">
        <h2 id="tip-title">{t('popupTipTitle')}</h2>
        <span class="tip-category" data-testid="tip-category">
          {tipCategoryLabels[tip.category]}
        </span>
        <span class="tip-nav">
          <button
            type="button"
            class="icon-button"
            aria-label={t('popupTipPreviousLabel')}
            title={t('popupTipPreviousLabel')}
            onClick={() => setIndex(stepIndex(index, -1, order.length))}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t('popupTipNextLabel')}
            title={t('popupTipNextLabel')}
            onClick={() => setIndex(stepIndex(index, 1, order.length))}
          >
            <span aria-hidden="true">›</span>
          </button>
        </span>
      </div>
      <p class="tip-text" data-testid="tip-text">
        <span aria-live="polite">{tip.text}</span>{' '}
        {tip.general ? (
          <>
            <GeneralBadge />{' '}
          </>
        ) : null}
        <button type="button" class="link-button" onClick={() => void send('page/open-article', { anchor: tip.section })}>
          {t('popupReadMore')}
        </button>
      </p>
    </section>
  );
}
