/** The distinct terms found on the page, most frequent first, each a button that explains it. */
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import type { GlossaryConcept } from '../knowledge';

export interface FoundTerm {
  readonly concept: GlossaryConcept;
  readonly count: number;
}

export function TermList({ terms, onOpen, more }: { terms: readonly FoundTerm[]; onOpen: (id: string) => void; more?: ComponentChildren }) {
  return (
    <ul class="terms" aria-label={t('popupTermsListLabel')}>
      {terms.map(({ concept, count }) => (
        <li key={concept.id}>
          <button
            type="button"
            class="term-chip"
            data-term={concept.id}
            aria-label={t('popupTermChipLabel', [concept.term, String(count)])}
            onClick={() => onOpen(concept.id)}
          >
            {concept.term}
            <span class="term-count" aria-hidden="true">
              {count}
            </span>
          </button>
        </li>
      ))}
      {more ? <li>{more}</li> : null}
    </ul>
  );
}
