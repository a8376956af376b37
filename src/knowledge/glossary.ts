/**
 * The glossary: every concept Limber can explain, in the order the article
 * page lists them (by category). The entries live in terms/, one file per
 * kind, so each stays short enough to review.
 */
import type { GlossaryConcept } from './types';
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
