/** Glossary: everyday habits and equipment that help prevent back stiffness (general guidance). */
import type { GlossaryConcept } from '../types';

export const preventionTerms: readonly GlossaryConcept[] = [
  {
    id: 'ergonomics',
    term: 'Ergonomics',
    forms: [
      'ergonomics',
      'ergonomic',
      'ergonomically',
      'ergonomic chair',
      'ergonomic chairs',
      'desk ergonomics',
      'desk setup',
      'workstation setup',
    ],
    category: 'prevention',
    summary:
      'Fitting your desk, chair and screen to your body: feet flat, knees about level with hips, the top of the screen at or just below eye level, arms relaxed. A good setup reduces strain on the back.',
    section: 'prevention',
  },
  {
    id: 'lumbar-support',
    term: 'Lumbar support',
    forms: ['lumbar support', 'lumbar supports', 'lumbar pillow', 'lumbar cushion', 'lumbar roll', 'chair back support'],
    category: 'prevention',
    summary:
      'A cushion, or a built-in curve in a chair, that fills the hollow of your lower back and helps you sit upright without slumping.',
    section: 'prevention',
    tip: 'No lumbar support? A rolled-up towel behind your lower back works too.',
  },
  {
    id: 'standing-desk',
    term: 'Standing desk',
    forms: ['standing desk', 'standing desks', 'sit-stand desk', 'sit-stand desks', 'height-adjustable desk', 'height adjustable desk'],
    category: 'prevention',
    summary:
      'A desk you can work at standing up, or switch between sitting and standing. Changing position through the day is kinder to the back than staying in one position.',
    section: 'prevention',
  },
  {
    id: 'mattress-support',
    term: 'Mattress support',
    forms: [
      'mattress support',
      'supportive mattress',
      'firm mattress',
      'medium-firm mattress',
      'medium firm mattress',
      'orthopedic mattress',
      'orthopaedic mattress',
      'mattress topper',
    ],
    category: 'prevention',
    summary:
      'How well a mattress keeps your spine in its natural line while you sleep. A medium-firm mattress that does not sag suits most people with back stiffness.',
    section: 'prevention',
  },
  {
    id: 'sleeping-position',
    term: 'Sleeping position',
    forms: [
      'sleeping position',
      'sleeping positions',
      'sleep position',
      'sleep positions',
      'sleeping posture',
      'sleep posture',
      'side sleeping',
      'back sleeping',
    ],
    category: 'prevention',
    summary:
      'The way you lie in bed. On your side, a pillow between the knees keeps the hips level; on your back, a pillow under the knees eases the lower back.',
    section: 'prevention',
  },
  {
    id: 'pillow-support',
    term: 'Pillow support',
    forms: [
      'pillow support',
      'supportive pillow',
      'knee pillow',
      'knee pillows',
      'pillow between your knees',
      'pillow between the knees',
      'pillow under your knees',
      'pillow under the knees',
    ],
    category: 'prevention',
    summary:
      'Using pillows to keep your spine in line in bed: one under your head that fills the gap to the mattress, and one between or under your knees.',
    section: 'prevention',
  },
  {
    id: 'neutral-spine',
    term: 'Neutral spine',
    forms: ['neutral spine', 'neutral posture', 'good posture', 'correct posture', 'proper posture', 'upright posture'],
    category: 'prevention',
    summary:
      'The spine in its natural position, with its gentle curves and no slumping or over-arching. Staying close to it when you sit, stand and lift puts the least strain on your back.',
    section: 'prevention',
  },
  {
    id: 'movement-breaks',
    term: 'Movement breaks',
    forms: [
      'movement break',
      'movement breaks',
      'stretch break',
      'stretch breaks',
      'microbreak',
      'microbreaks',
      'micro-break',
      'micro-breaks',
    ],
    category: 'prevention',
    summary:
      'Short pauses from sitting to stand up, walk or stretch for a minute or two. Taking one every 30 to 60 minutes helps keep the back from stiffening.',
    section: 'prevention',
  },
  {
    id: 'safe-lifting',
    term: 'Safe lifting',
    forms: ['safe lifting', 'lifting technique', 'proper lifting technique', 'lift with your legs'],
    category: 'prevention',
    summary:
      'Lifting with a straight back: bend your knees and hips, keep the load close to your body, and turn with your feet instead of twisting. It protects the back muscles and discs.',
    section: 'prevention',
  },
  {
    id: 'physical-activity',
    term: 'Physical activity',
    forms: ['physical activity', 'physically active', 'regular exercise', 'staying active'],
    category: 'prevention',
    summary:
      'Any movement that uses your muscles, from walking to housework to sport. Regular activity relieves tightness, builds strength and is one of the best ways to keep stiffness away.',
    section: 'stretching',
  },
];
