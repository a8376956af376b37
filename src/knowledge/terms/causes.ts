/** Glossary: everyday causes of back stiffness (conditions live in conditions.ts). */
import type { GlossaryConcept } from '../types';

export const causeTerms: readonly GlossaryConcept[] = [
  {
    id: 'poor-posture',
    term: 'Poor posture',
    forms: ['poor posture', 'bad posture', 'slouching', 'slumped posture', 'hunched posture', 'forward head posture', 'text neck'],
    category: 'cause',
    summary:
      'Sitting or standing slumped, with rounded shoulders and the head pushed forward. Over time it strains the back muscles and is one of the main causes of back stiffness.',
    section: 'causes',
    tip: 'Sit back in your chair, let your shoulders drop, and set the top of your screen at or just below eye level.',
  },
  {
    id: 'muscle-strain',
    term: 'Muscle strain',
    forms: [
      'muscle strain',
      'muscle strains',
      'back strain',
      'back strains',
      'lumbar strain',
      'pulled muscle',
      'pulled muscles',
      'strained muscle',
    ],
    category: 'cause',
    summary:
      'A muscle that has been overstretched or slightly torn, often by lifting, twisting or a sudden movement. The pain and stiffness usually settle within a few days to a few weeks.',
    section: 'causes',
  },
  {
    id: 'back-sprain',
    term: 'Back sprain',
    forms: ['back sprain', 'back sprains', 'lumbar sprain', 'ligament sprain'],
    category: 'cause',
    summary:
      'An overstretched or torn ligament in the back. It feels much like a muscle strain and is treated the same way: keep gently active while it heals.',
    section: 'causes',
  },
  {
    id: 'overuse',
    term: 'Overuse',
    forms: ['overuse injury', 'overuse injuries', 'muscle overuse', 'repetitive strain', 'repetitive strain injury'],
    category: 'cause',
    summary:
      'Repeating the same movement, or holding the same position, again and again without enough rest, so the muscles tire and tense up. It is one of the three main causes of back stiffness.',
    section: 'causes',
  },
  {
    id: 'back-injury',
    term: 'Back injury',
    forms: ['back injury', 'back injuries', 'spine injury', 'spine injuries', 'spinal injury', 'spinal injuries'],
    category: 'cause',
    summary:
      'Damage to the muscles, ligaments, discs or bones of the back, for example from a fall, a crash or sport. Back pain after a fall or injury should be checked by a doctor.',
    section: 'causes',
    caution: 'See a doctor about any back pain that starts after a fall or an injury.',
  },
  {
    id: 'unsupportive-mattress',
    term: 'Unsupportive mattress',
    forms: ['sagging mattress', 'saggy mattress', 'old mattress', 'soft mattress', 'worn-out mattress', 'unsupportive mattress'],
    category: 'cause',
    summary:
      'A mattress that sags or is too soft lets the spine bend out of line for hours each night, which can leave your back stiff in the morning.',
    section: 'causes',
  },
  {
    id: 'stomach-sleeping',
    term: 'Sleeping on your stomach',
    forms: [
      'stomach sleeping',
      'stomach sleeper',
      'stomach sleepers',
      'sleeping on your stomach',
      'sleeping on your front',
      'front sleeping',
    ],
    category: 'cause',
    summary:
      'Lying face down arches the lower back and keeps the neck turned to one side for hours, a common cause of morning stiffness. Sleeping on your side or back is usually easier on the spine.',
    section: 'causes',
  },
  {
    id: 'prolonged-sitting',
    term: 'Prolonged sitting',
    forms: ['prolonged sitting', 'sitting for long periods', 'long periods of sitting', 'sitting too long', 'sitting all day'],
    category: 'cause',
    summary:
      'Staying seated for hours without a break. Muscles held in one position tire and stiffen, and the hip flexors shorten. Getting up every 30 to 60 minutes helps.',
    section: 'causes',
  },
  {
    id: 'lifting-injury',
    term: 'Lifting injury',
    forms: ['lifting injury', 'lifting injuries', 'lifting heavy objects', 'lifting heavy loads', 'improper lifting'],
    category: 'cause',
    summary:
      'A strain caused by lifting something too heavy, or lifting with a rounded back while twisting. It can hurt the back muscles, ligaments and discs.',
    section: 'causes',
  },
  {
    id: 'muscle-imbalance',
    term: 'Muscle imbalance',
    forms: ['muscle imbalance', 'muscle imbalances', 'muscular imbalance'],
    category: 'cause',
    summary:
      'When muscles on one side of a joint are much stronger or tighter than those on the other. In the back and hips it pulls the spine out of balance; a mix of exercises helps restore it.',
    section: 'exercises',
  },
];
