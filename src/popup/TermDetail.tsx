/** One term's explanation, right in the popup: the accessible route to the glossary. */
import { t } from '../shared/i18n';
import { glossaryCategoryLabels, isGeneralGuidance, type GlossaryConcept } from '../knowledge';
import { GeneralBadge } from '../shared/ui/GeneralBadge';
import { LabelledNote } from '../shared/ui/LabelledNote';

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
        {isGeneralGuidance(concept) ? (
          <>
            {' '}
            <GeneralBadge />
          </>
        ) : null}
      </p>
      <p class="term-summary">{concept.summary}</p>
      {concept.tip ? <LabelledNote kind="tip" text={concept.tip} class="term-tip" /> : null}
      {concept.caution ? <LabelledNote kind="caution" text={concept.caution} class="term-caution" /> : null}
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
