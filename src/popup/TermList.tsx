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
        // The name is the visible text plus a hidden "on this page": "Sciatica 3 on this page".
        <li key={concept.id}>
          <button type="button" class="term-chip" data-term={concept.id} onClick={() => onOpen(concept.id)}>
            {concept.term} <span class="term-count">{count}</span>
            <span class="visually-hidden"> {t('popupTermChipSuffix')}</span>
          </button>
        </li>
      ))}
      {more ? <li>{more}</li> : null}
    </ul>
  );
}
