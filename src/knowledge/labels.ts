/** Display names for categories, so every surface words them the same way. */
import type { BodyArea, GlossaryCategory, StretchPlace, TipCategory } from './types';

/** In the order the article page lists them. */
export const glossaryCategoryLabels: Readonly<Record<GlossaryCategory, string>> = {
  anatomy: 'Parts of the back',
  symptom: 'Symptoms',
  cause: 'Causes',
  'risk-factor': 'Risk factors',
  condition: 'Conditions',
  treatment: 'Treatments',
  medication: 'Medicines',
  exercise: 'Exercises',
  prevention: 'Prevention',
};

export const tipCategoryLabels: Readonly<Record<TipCategory, string>> = {
  morning: 'Morning',
  'desk-posture': 'Desk posture',
  'sleep-setup': 'Sleep setup',
  movement: 'Movement',
  treatment: 'Treatment',
  'seek-help': 'When to seek help',
};

export const bodyAreaLabels: Readonly<Record<BodyArea, string>> = {
  'lower-back': 'Lower back',
  'upper-back': 'Upper back',
  hips: 'Hips',
  glutes: 'Buttocks',
  legs: 'Legs',
  core: 'Core',
  'neck-shoulders': 'Neck and shoulders',
  'whole-body': 'Whole body',
};

export const stretchPlaceLabels: Readonly<Record<StretchPlace, string>> = {
  seated: 'Seated',
  standing: 'Standing',
  floor: 'On the floor',
  'floor-or-bed': 'On the floor or in bed',
};
