/** Every glossary concept, grouped by category, each with its own anchor (`#term-<id>`). */
import { t } from '../../shared/i18n';
import { articleSections, glossary, glossaryCategoryLabels, isGeneralGuidance, stretchAnchor, stretchById, termAnchor } from '../../knowledge';
import { GeneralBadge } from '../../shared/ui/GeneralBadge';
import { LabelledNote } from '../../shared/ui/LabelledNote';
import type { GlossaryCategory, GlossaryConcept } from '../../knowledge';

const categories = Object.keys(glossaryCategoryLabels) as GlossaryCategory[];
const sectionTitles = new Map(articleSections.map((s) => [s.id, s.title]));
const byTerm = (a: GlossaryConcept, b: GlossaryConcept): number => a.term.localeCompare(b.term, 'en');

export function GlossaryList() {
  return (
    <section id="glossary" class="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('articleGlossary')}</h2>
      <p>{t('articleGlossaryIntro')}</p>
      {categories.map((category) => {
        const concepts = glossary.filter((c) => c.category === category).sort(byTerm);
        // A plain group, not a labelled region: "Symptoms" here would clash
        // with the article's own "Symptoms" landmark.
        return (
          <div key={category} class="glossary-group">
            <h3 id={`glossary-${category}`}>{glossaryCategoryLabels[category]}</h3>
            <dl>
              {concepts.map((concept) => (
                <Entry key={concept.id} concept={concept} />
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}

function Entry({ concept }: { readonly concept: GlossaryConcept }) {
  const stretch = concept.stretchId === undefined ? undefined : stretchById(concept.stretchId);
  return (
    <div id={termAnchor(concept.id)} class="term">
      <dt>
        <dfn>{concept.term}</dfn>
        {isGeneralGuidance(concept) ? (
          <>
            {' '}
            <GeneralBadge />
          </>
        ) : null}
      </dt>
      <dd>{concept.summary}</dd>
      {concept.tip ? <LabelledNote kind="tip" text={concept.tip} as="dd" class="term-tip" /> : null}
      {concept.caution ? <LabelledNote kind="caution" text={concept.caution} as="dd" class="caution" /> : null}
      <dd class="term-links">
        <a href={`#${concept.section}`}>{t('articleMoreIn', sectionTitles.get(concept.section) ?? '')}</a>
        {stretch ? (
          <>
            {' · '}
            <a href={`#${stretchAnchor(stretch.id)}`}>{t('articleStepByStep', stretch.name)}</a>
          </>
        ) : null}
      </dd>
    </div>
  );
}
