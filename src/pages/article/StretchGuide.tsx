/** Step-by-step instructions for every stretch, and the routines built from them. */
import { t } from '../../shared/i18n';
import {
  bodyAreaLabels,
  routineStretches,
  routines,
  stretchAnchor,
  stretches,
  stretchPlaceLabels,
} from '../../knowledge';
import type { Stretch } from '../../knowledge';
import { Fragment } from 'preact';
import { GeneralBadge } from '../../shared/ui/GeneralBadge';
import { LabelledNote } from '../../shared/ui/LabelledNote';

export function StretchGuide() {
  return (
    <>
      <section class="routines" aria-labelledby="routines-title">
        <h3 id="routines-title">{t('articleRoutines')}</h3>
        <ul>
          {routines.map((routine) => (
            <li key={routine.id}>
              <strong>{routine.name}.</strong> {routine.description}{' '}
              <span class="routine-steps">
                {routineStretches(routine).map((s, i) => (
                  <Fragment key={s.id}>
                    {i > 0 ? ', ' : `${t('articleMoves')} `}
                    <a href={`#${stretchAnchor(s.id)}`}>{s.name}</a>
                  </Fragment>
                ))}
                .
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section class="stretch-guide" aria-labelledby="stretch-guide-title">
        <h3 id="stretch-guide-title">{t('articleHowToEachMove')}</h3>
        <p class="stretch-guide-note">
          <GeneralBadge /> {t('articleHowToEachMoveGeneral')}
        </p>
        <div class="stretch-grid">
          {stretches.map((s) => (
            <StretchCard key={s.id} stretch={s} />
          ))}
        </div>
      </section>
    </>
  );
}

function StretchCard({ stretch }: { readonly stretch: Stretch }) {
  const where = stretchPlaceLabels[stretch.place] + (stretch.deskFriendly ? `, ${t('articleAtYourDesk')}` : '');
  return (
    <article id={stretchAnchor(stretch.id)} class="stretch" aria-labelledby={`${stretchAnchor(stretch.id)}-title`}>
      <h4 id={`${stretchAnchor(stretch.id)}-title`}>{stretch.name}</h4>
      <p class="stretch-meta">
        <span>{stretch.dose}</span>
        <span>{where}</span>
        <span>{t('articleHelps', stretch.areas.map((a) => bodyAreaLabels[a].toLowerCase()).join(', '))}</span>
      </p>
      <ol>
        {stretch.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <LabelledNote kind="caution" text={stretch.caution} class="caution" />
    </article>
  );
}
