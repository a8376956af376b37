/**
 * Everything Limber teaches, in one import: the data plus small pure
 * lookups. Surfaces import from here, not from the individual files.
 */
import type { GlossaryConcept, Routine, RoutineId, ArticleSection, SectionId, Stretch, Tip } from './types';
import { glossary } from './glossary';
import { stretches } from './stretches';
import { routines } from './routines';
import { tips } from './tips';
import { articleSections } from './article';

export type * from './types';
export { glossary, isGeneralGuidance } from './glossary';
export { stretches } from './stretches';
export { routines } from './routines';
export { tips } from './tips';
export { articleSections, articleTitle, articleSubtitle, articleSource } from './article';
export { disclaimer, disclaimerShort, redFlags, generalGuidanceNote } from './disclaimer';
export { glossaryCategoryLabels, tipCategoryLabels, bodyAreaLabels, stretchPlaceLabels } from './labels';

/** Builds an id → item map once, so lookups stay O(1) on hot paths (tooltips). */
function indexBy<T, K extends string>(items: readonly T[], key: (item: T) => K): ReadonlyMap<K, T> {
  return new Map(items.map((item) => [key(item), item]));
}

const conceptsById = indexBy(glossary, (c) => c.id);
const conceptsByForm = new Map(glossary.flatMap((c) => c.forms.map((form) => [form, c] as const)));
const stretchesById = indexBy(stretches, (s) => s.id);
const routinesById = indexBy(routines, (r) => r.id);
const tipsById = indexBy(tips, (t) => t.id);
const sectionsById = indexBy(articleSections, (s) => s.id);

export const conceptById = (id: string): GlossaryConcept | undefined => conceptsById.get(id);
/** The concept a surface form belongs to; `form` must already be lower-case. */
export const conceptByForm = (form: string): GlossaryConcept | undefined => conceptsByForm.get(form);
export const stretchById = (id: string): Stretch | undefined => stretchesById.get(id);
export const routineById = (id: RoutineId): Routine | undefined => routinesById.get(id);
export const tipById = (id: string): Tip | undefined => tipsById.get(id);
export const sectionById = (id: SectionId): ArticleSection | undefined => sectionsById.get(id);

/** A routine's stretches in order (ids that do not resolve are skipped; a unit test keeps there being none). */
export function routineStretches(routine: Routine): readonly Stretch[] {
  return routine.stretchIds.flatMap((id) => stretchesById.get(id) ?? []);
}

/** Total countdown time of a routine, in seconds. */
export function routineDurationSec(routine: Routine): number {
  return routineStretches(routine).reduce((sum, s) => sum + s.durationSec, 0);
}

/** Anchors on the article page: `article.html#<anchor>`. */
export const termAnchor = (conceptId: string): string => `term-${conceptId}`;
export const stretchAnchor = (stretchId: string): string => `stretch-${stretchId}`;
