/** Glossary: what back stiffness and its warning signs feel like. */
import type { GlossaryConcept } from '../types';

export const symptomTerms: readonly GlossaryConcept[] = [
  {
    id: 'back-stiffness',
    term: 'Back stiffness',
    forms: ['back stiffness', 'stiff back', 'stiff backs', 'stiffness in the back', 'stiff lower back', 'stiff upper back'],
    category: 'symptom',
    summary:
      'A tight, hard-to-move feeling in the back, caused by extra tension in the muscles. It ranges from a mild, constant ache to a sudden, sharp pain, and usually passes within days or weeks.',
    section: 'overview',
    tip: 'Gentle movement, not rest in bed, is usually what loosens a stiff back.',
  },
  {
    id: 'stiffness-after-sleeping',
    term: 'Stiffness after sleeping',
    forms: [
      'stiffness after sleeping',
      'stiffness after sleep',
      'stiff after sleeping',
      'back stiffness after sleeping',
      'morning stiffness',
      'morning back stiffness',
      'stiff in the morning',
    ],
    category: 'symptom',
    summary:
      'Back stiffness that is worst when you get up, eases as the day goes on, is mild or gone by bedtime, and then comes back after the next night of sleep.',
    section: 'symptoms',
    tip: 'A few gentle stretches in bed before you get up can take the edge off it.',
  },
  {
    id: 'back-pain',
    term: 'Back pain',
    forms: ['back pain', 'back pains', 'backache', 'backaches', 'back ache', 'back aches', 'aching back'],
    category: 'symptom',
    summary:
      'Pain anywhere in the back, from a dull ache to a sharp stab. Most back pain comes from muscles and joints, is not serious, and gets better on its own within a few weeks.',
    section: 'overview',
  },
  {
    id: 'lower-back-pain',
    term: 'Lower back pain',
    forms: ['lower back pain', 'low back pain', 'lower-back pain', 'low-back pain', 'lumbago', 'lumbar pain'],
    category: 'symptom',
    summary:
      'Pain in the lower back, one of the most common reasons people see a doctor. It usually comes from strained muscles or stiff joints rather than anything serious.',
    section: 'causes',
  },
  {
    id: 'muscle-tension',
    term: 'Muscle tension',
    forms: ['muscle tension', 'muscular tension', 'tense muscles', 'muscle tightness', 'tight muscles'],
    category: 'symptom',
    summary:
      'Muscles that stay partly tightened instead of relaxing. Extra tension in the back muscles is what causes most back stiffness. Injury, overuse and poor posture can all raise it.',
    section: 'overview',
  },
  {
    id: 'muscle-spasm',
    term: 'Muscle spasm',
    // Not a bare "spasm": an esophageal or a coughing spasm is not this.
    forms: ['muscle spasm', 'muscle spasms', 'back spasm', 'back spasms'],
    category: 'symptom',
    summary:
      'A sudden, strong tightening of a muscle that you cannot control. In the back it can be very painful and make moving hard, but it usually settles within a few days.',
    section: 'symptoms',
  },
  {
    id: 'dull-ache',
    term: 'Dull ache',
    forms: ['dull ache', 'dull pain', 'constant ache', 'nagging ache', 'aching pain'],
    category: 'symptom',
    summary:
      'A steady, low-level soreness rather than a sharp pain. Back stiffness often feels like this, especially first thing in the morning.',
    section: 'symptoms',
  },
  {
    id: 'sharp-pain',
    term: 'Sharp pain',
    forms: ['sharp pain', 'sharp pains', 'stabbing pain', 'shooting pain', 'shooting pains'],
    category: 'symptom',
    summary:
      'A sudden, stabbing pain, often when you move a certain way. Back stiffness can cause it. Pain that shoots down a leg may mean a nerve is being pressed.',
    section: 'symptoms',
  },
  {
    id: 'reduced-flexibility',
    term: 'Reduced flexibility',
    // Only back and spine forms: "limited movement" or "reduced flexibility" on their own are as often about a budget or a schedule.
    forms: ['reduced spinal mobility', 'limited spinal mobility', 'loss of spinal mobility', 'reduced back flexibility', 'limited back flexibility'],
    category: 'symptom',
    summary:
      'Finding it harder than usual to bend, twist or reach, for example to put on your socks. It is a common sign of back stiffness and often improves once you start moving.',
    section: 'symptoms',
  },
  {
    id: 'inflammation',
    term: 'Inflammation',
    forms: ['inflammation', 'inflammations'],
    category: 'symptom',
    summary:
      "The body's reaction to injury or irritation, with swelling, warmth and soreness. Ibuprofen can ease it, but take it only after a doctor's advice.",
    section: 'treatment',
  },
  {
    id: 'referred-pain',
    term: 'Referred pain',
    forms: ['referred pain', 'radiating pain'],
    category: 'symptom',
    summary:
      'Pain felt away from where the problem is, such as in the buttock or leg when the trouble is in the lower back.',
    section: 'symptoms',
  },
  {
    id: 'leg-numbness',
    term: 'Numbness or tingling in the legs',
    forms: [
      'pins and needles',
      'leg numbness',
      'numb legs',
      'numbness in the legs',
      'tingling in the legs',
    ],
    category: 'symptom',
    summary:
      'Loss of feeling, or a prickling "pins and needles" feeling. With back pain, numbness or tingling in the legs can mean a nerve is being pressed, so see a doctor.',
    section: 'see-a-doctor',
    caution: 'Numbness around the groin or buttocks, or trouble controlling your bladder or bowels, needs emergency care.',
  },
  {
    id: 'leg-weakness',
    term: 'Leg weakness',
    forms: ['leg weakness', 'weak legs', 'weakness in the legs', 'foot drop'],
    category: 'symptom',
    summary:
      'Legs that feel weak or give way, or a foot that drags when you walk. Along with back pain it can be a sign of nerve pressure and should be checked by a doctor soon, and urgently if it is getting worse or affects both legs.',
    section: 'see-a-doctor',
  },
  {
    id: 'night-pain',
    term: 'Night pain',
    forms: ['night pain', 'pain at night', 'nighttime pain', 'night-time pain'],
    category: 'symptom',
    summary:
      'Back pain that is severe at night or wakes you up, and does not ease when you change position. Unlike ordinary morning stiffness, it is worth having checked by a doctor.',
    section: 'see-a-doctor',
  },
];
