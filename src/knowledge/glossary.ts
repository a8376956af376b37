/**
 * The glossary: every concept Limber can explain, in the order the article
 * page lists them (by category). The entries live in terms/, one file per
 * kind, so each stays short enough to review.
 */
import type { GlossaryCategory, GlossaryConcept } from './types';
import { anatomyTerms } from './terms/anatomy';
import { symptomTerms } from './terms/symptoms';
import { causeTerms } from './terms/causes';
import { riskFactorTerms } from './terms/risk-factors';
import { conditionTerms } from './terms/conditions';
import { treatmentTerms, medicationTerms } from './terms/treatments';
import { exerciseTerms } from './terms/exercises';
import { preventionTerms } from './terms/prevention';

export const glossary: readonly GlossaryConcept[] = [
  ...anatomyTerms,
  ...symptomTerms,
  ...causeTerms,
  ...riskFactorTerms,
  ...conditionTerms,
  ...treatmentTerms,
  ...medicationTerms,
  ...exerciseTerms,
  ...preventionTerms,
];

/**
 * Categories whose lists in the source article are empty (causes, risk
 * factors, prevention): what Limber says about them is its own general
 * guidance, and every surface marks it so.
 */
const GENERAL_CATEGORIES: ReadonlySet<GlossaryCategory> = new Set<GlossaryCategory>(['cause', 'risk-factor', 'prevention']);

/** Whether a concept's explanation is Limber's general guidance rather than the source article's. */
export function isGeneralGuidance(concept: GlossaryConcept): boolean {
  return GENERAL_CATEGORIES.has(concept.category);
}
