/** Step-by-step instructions for every stretch, and the routines built from them. */
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

export function StretchGuide() {
  return (
    <>
      <section class="routines" aria-labelledby="routines-title">
        <h3 id="routines-title">Ready-made routines</h3>
        <ul>
          {routines.map((routine) => (
            <li key={routine.id}>
              <strong>{routine.name}.</strong> {routine.description}{' '}
              <span class="routine-steps">
                {routineStretches(routine).map((s, i) => (
                  <Fragment key={s.id}>
                    {i > 0 ? ', ' : 'Moves: '}
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
        <h3 id="stretch-guide-title">How to do each move</h3>
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
  const where = stretchPlaceLabels[stretch.place] + (stretch.deskFriendly ? ', at your desk' : '');
  return (
    <article id={stretchAnchor(stretch.id)} class="stretch" aria-labelledby={`${stretchAnchor(stretch.id)}-title`}>
      <h4 id={`${stretchAnchor(stretch.id)}-title`}>{stretch.name}</h4>
      <p class="stretch-meta">
        <span>{stretch.dose}</span>
        <span>{where}</span>
        <span>Helps: {stretch.areas.map((a) => bodyAreaLabels[a].toLowerCase()).join(', ')}</span>
      </p>
      <ol>
        {stretch.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="caution">
        <strong>Take care:</strong> {stretch.caution}
      </p>
    </article>
  );
}
