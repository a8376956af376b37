/**
 * Ready-made routines for the guided break page. The stretch durations add
 * up to about `minutes` (a unit test holds them within 15 %).
 */
import type { Routine } from './types';

export const routines: readonly Routine[] = [
  {
    id: 'desk-2',
    name: '2-minute desk break',
    description: 'Five quick moves you can do beside your desk, seated or standing, to undo a long spell of sitting.',
    // Seated moves first, then standing: the person ends on their feet.
    stretchIds: ['shoulder-rolls', 'seated-twist', 'seated-side-bend', 'standing-hip-shift', 'standing-back-extension'],
    minutes: 2,
  },
  {
    id: 'morning-5',
    name: '5-minute morning routine',
    description:
      'Gentle moves for stiffness after sleeping. Start lying in bed or on the floor, then kneel, sit and stand.',
    // Ordered from lying down to standing, the way a stiff back gets up.
    stretchIds: [
      'knee-to-chest',
      'pelvic-tilt',
      'lying-twist',
      'static-leg-raise',
      'cat-cow',
      'childs-pose',
      'glute-stretch',
      'standing-hip-shift',
    ],
    minutes: 5,
  },
  {
    id: 'full-10',
    name: '10-minute full routine',
    description:
      'A warm-up, floor stretches and strengthening moves, then standing stretches: a fuller session for when you have the time and space.',
    stretchIds: [
      'march-in-place',
      'cat-cow',
      'knee-to-chest',
      'pelvic-tilt',
      'lying-twist',
      'active-leg-raise',
      'bridge',
      'bird-dog',
      'childs-pose',
      'glute-stretch',
      'seated-hamstring-stretch',
      'standing-hip-flexor-stretch',
      'standing-hip-shift',
      'standing-back-extension',
      'hip-hinge',
    ],
    minutes: 10,
  },
];
