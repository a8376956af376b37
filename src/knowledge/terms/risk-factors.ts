/** Glossary: what makes back stiffness more likely (general guidance, not from the article). */
import type { GlossaryConcept } from '../types';

export const riskFactorTerms: readonly GlossaryConcept[] = [
  {
    id: 'sedentary-lifestyle',
    term: 'Sedentary lifestyle',
    forms: ['sedentary lifestyle', 'physical inactivity', 'inactive lifestyle', 'lack of exercise'],
    category: 'risk-factor',
    summary:
      'Spending most of the day sitting, with little physical activity. Muscles that are rarely used get weak and stiff, which makes back problems more likely.',
    section: 'risk-factors',
  },
  {
    id: 'excess-weight',
    term: 'Excess weight',
    forms: ['excess body weight', 'being overweight', 'obesity'],
    category: 'risk-factor',
    summary:
      'Extra body weight, especially around the middle, adds load to the spine and its joints. Even losing a little weight can ease the strain on your back.',
    section: 'risk-factors',
  },
  {
    id: 'smoking',
    term: 'Smoking',
    forms: ['cigarette smoking', 'tobacco smoking', 'tobacco use'],
    category: 'risk-factor',
    summary:
      'Smoking reduces blood flow to the spinal discs and slows healing. People who smoke are more likely to have back pain.',
    section: 'risk-factors',
  },
  {
    id: 'ageing-spine',
    term: 'Ageing spine',
    forms: ['ageing spine', 'aging spine', 'spinal degeneration', 'age-related degeneration'],
    category: 'risk-factor',
    summary:
      'As we get older, the spinal discs dry out and thin and the joints wear, so stiffness becomes more common from middle age on. Staying active helps keep the back supple.',
    section: 'risk-factors',
  },
  {
    id: 'weak-core',
    term: 'Weak core',
    forms: ['weak core', 'weak core muscles', 'weak abdominal muscles', 'weak abs'],
    category: 'risk-factor',
    summary:
      'When the muscles around your belly and lower back are weak, the spine gets less support and the back muscles work harder, so they tire and stiffen.',
    section: 'risk-factors',
  },
  {
    id: 'stress',
    term: 'Stress',
    forms: ['chronic stress', 'emotional stress', 'psychological stress'],
    category: 'risk-factor',
    summary:
      'Long-term worry or pressure keeps muscles tense, especially in the neck, shoulders and back, and can make pain feel worse. Relaxing and sleeping well both help.',
    section: 'risk-factors',
  },
  {
    id: 'desk-work',
    term: 'Desk work',
    forms: ['desk job', 'desk jobs', 'desk work', 'desk-bound', 'office job'],
    category: 'risk-factor',
    summary:
      'Work that keeps you at a desk and screen for most of the day. Long spells of sitting and looking down load the back; regular movement breaks and a good setup offset it.',
    section: 'risk-factors',
  },
];
