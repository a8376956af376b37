/** One term's explanation, right in the popup: the accessible route to the glossary. */
import { t } from '../shared/i18n';
import { glossaryCategoryLabels, type GlossaryConcept } from '../knowledge';

export function TermDetail({
  concept,
  count,
  onBack,
  onReadMore,
  onTryIt,
}: {
  concept: GlossaryConcept;
  count: number;
  onBack: () => void;
  onReadMore: () => void;
  onTryIt: (() => void) | null;
}) {
  return (
    <div
      class="term-detail"
      role="region"
      aria-labelledby="term-detail-title"
      onKeyDown={(event) => {
        // Escape goes back to the list, as the Back button does.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onBack();
      }}
    >
      <h3 id="term-detail-title" tabIndex={-1}>
        {concept.term}
      </h3>
      <p class="term-meta">
        {glossaryCategoryLabels[concept.category]} · {t('popupTermCount', String(count))}
      </p>
      <p class="term-summary">{concept.summary}</p>
      {concept.tip ? <p class="term-tip">{concept.tip}</p> : null}
      {concept.caution ? <p class="term-caution">{concept.caution}</p> : null}
      <div class="tip-actions">
        <button type="button" class="button button--small" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {t('popupTermBack')}
        </button>
        {onTryIt ? (
          <button type="button" class="button button--small" onClick={onTryIt}>
            {t('popupTermTryIt')}
          </button>
        ) : null}
        <button type="button" class="link-button" onClick={onReadMore}>
          {t('popupReadMore')}
        </button>
      </div>
    </div>
  );
}
