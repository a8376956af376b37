/**
 * The article, decoded from the machine-garbled source and rewritten in plain
 * English. Facts and figures follow the source exactly; list items marked
 * `general` are widely accepted advice added where the source's lists were
 * empty, and the article page labels them as such.
 */
import type { ArticleSection } from './types';
import { redFlags } from './disclaimer';

export const articleTitle = 'Back stiffness after sleeping';

export const articleSubtitle = 'Why your back is stiff in the morning, what helps, and how to keep it from coming back';

export const articleSource = {
  title: 'Causes of Back Stiffness after Sleeping',
  publisher: 'ePainAssist',
  note: "Adapted and rewritten in plain English. The source says it was reviewed by a medical professional; Limber's additions, marked General guidance, were not.",
} as const;

/** Shorthand for a list of general-guidance items. */
const general = (items: readonly string[]) => items.map((text) => ({ text, general: true }));
const fromArticle = (items: readonly string[]) => items.map((text) => ({ text }));

export const articleSections: readonly ArticleSection[] = [
  {
    id: 'overview',
    title: 'What is back stiffness after sleeping?',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Waking up with a stiff back is one of the most common back problems, and for many people it comes with backache or back pain.',
      },
      {
        kind: 'paragraph',
        text: 'The stiffness starts in the back muscles. When the muscle tissue holds more tension than usual, it feels tight and hard to move. It can affect the upper back, the lower back (the lumbar region), or both, and it can be anything from a mild, constant ache to a sudden, sharp pain.',
      },
      {
        kind: 'paragraph',
        text: 'Extra muscle tension comes from injury, overuse and poor posture.',
      },
      {
        kind: 'paragraph',
        text: 'The good news is that back stiffness after sleeping is usually not a sign of anything serious, and it tends to go away within a few days or weeks.',
      },
    ],
  },
  {
    id: 'symptoms',
    title: 'Symptoms',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Back stiffness after sleeping follows a pattern that repeats from day to day. Common signs are:',
      },
      {
        kind: 'list',
        items: fromArticle([
          'A tight, rigid feeling in the back',
          'Pain that may be dull or sharp',
          'Less flexibility than usual, so bending and twisting are harder',
          'Trouble getting comfortable in bed',
          'Stiffness that eases as the day goes on and is mild or gone by bedtime',
          'Stiffness that comes back after the next night of sleep',
        ]),
      },
    ],
  },
  {
    id: 'causes',
    title: 'Causes',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Most back stiffness after sleeping is muscular: it comes from tight or strained muscles. Less often it comes from a problem with a joint, a spinal disc or a nerve. The exact cause of back stiffness or lower back pain can be hard to pin down, and there are many possible reasons, including:',
      },
      {
        kind: 'list',
        items: [
          ...fromArticle([
            'An injury',
            'Overuse: repeating the same movement, or holding the same position, for too long',
            'Poor posture, such as slouching',
          ]),
          ...general([
            'A mattress that sags or is too soft, so the spine bends out of line all night',
            'A pillow that is too high or too flat, which bends the neck and upper back',
            'Sleeping on your stomach, which arches the lower back',
            'Lying still for hours: muscles and joints stiffen without movement, and the spinal discs take up a little water overnight',
            'Joint conditions such as osteoarthritis or ankylosing spondylitis',
            'Disc and nerve problems such as a herniated disc or sciatica',
          ]),
        ],
      },
    ],
  },
  {
    id: 'risk-factors',
    title: 'Risk factors',
    blocks: [
      { kind: 'paragraph', text: 'Some things make back stiffness more likely:' },
      {
        kind: 'list',
        general: true,
        items: general([
          'Sitting for long periods, at a desk or in a car, without breaks',
          'Too little physical activity, which leaves the back and core muscles weak',
          'Carrying extra body weight, which adds load to the spine',
          'Getting older: with age the spinal discs thin and the joints wear',
          'Work or hobbies with a lot of lifting, bending or twisting',
          'A previous back injury',
          'Smoking, which reduces blood flow to the spinal discs and slows healing',
          'Stress, which keeps muscles tense',
          'A mattress or pillow that does not support you well',
        ]),
      },
    ],
  },
  {
    id: 'treatment',
    title: 'Treatment',
    blocks: [
      {
        kind: 'paragraph',
        text: 'The right treatment depends on the cause of the stiffness. Often it gets better on its own and no treatment is needed. For mild back stiffness, the usual advice is to:',
      },
      {
        kind: 'list',
        items: fromArticle([
          'Rest for a short while',
          'Apply heat or ice to the stiff area',
          "Take medicines, but only after a doctor's advice",
          'Have a massage',
          'Exercise',
        ]),
      },
      {
        kind: 'paragraph',
        text: 'Medicines such as paracetamol (acetaminophen) are used to ease pain, and ibuprofen relieves inflammation. Take either one only after a doctor has advised you to.',
      },
      {
        kind: 'paragraph',
        text: 'Rest, heat, ice, medicines and massage all bring short-term relief. Exercise is what brings long-term benefits, and it also helps stop the stiffness from coming back or getting worse.',
      },
      {
        kind: 'list',
        general: true,
        items: general([
          'Wrap heat or ice packs in a cloth and use them for 15 to 20 minutes at a time',
          'Keep gently active: staying in bed for days usually makes stiffness worse',
          'If a treatment makes your pain worse, stop and ask your doctor',
        ]),
      },
      {
        kind: 'paragraph',
        text: 'Surgery is needed only in rare cases: when back stiffness is caused by a tumour, an injury to the spine, or vertebral fractures (broken bones in the spine) that cause constant pain.',
      },
    ],
  },
  {
    id: 'exercises',
    title: 'Exercises',
    blocks: [
      {
        kind: 'paragraph',
        text: 'A mix of exercises works well for managing back stiffness, whether it follows sleep or any other everyday activity. Exercise improves the balance between muscles and helps keep stiffness from coming back. The recommended exercises include:',
      },
      {
        kind: 'list',
        items: fromArticle([
          'Aerobic exercise',
          'Stretching',
          'Twists',
          'Strengthening exercises',
          'Static and active leg raises',
          'Glute stretches',
          'Deadlifts',
          'Exercises for the stomach muscles, such as crunches',
          'Stability-ball exercises',
          'Back extensions (hyperextensions) on a fitness ball',
          'The standing hip shift',
        ]),
      },
      {
        kind: 'paragraph',
        text: "Step-by-step instructions follow below. Limber's guided breaks put them together into three routines: a 2-minute desk break, a 5-minute morning routine and a 10-minute full routine.",
      },
    ],
  },
  {
    id: 'stretching',
    title: 'Stretching and staying active',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Regular physical activity relieves tightness and imbalance in the lumbar spine, the muscles of the lower back and the hip muscles. Doing these exercises every day helps keep your back healthy and builds endurance, flexibility and strength.',
      },
      {
        kind: 'paragraph',
        text: 'The American College of Sports Medicine recommends 150 minutes of aerobic activity every week, plus stretching and strengthening exercises on at least 2 to 3 days a week.',
      },
      {
        kind: 'paragraph',
        text: 'Before you start any exercise, ask a physician or a physiotherapist which exercises suit you and how much of each to do. You do not need to do every exercise listed here: overdoing them can do more harm than good.',
      },
      {
        kind: 'list',
        general: true,
        items: general([
          'Stretch slowly and gently: a stretch should feel like a mild pull, never pain',
          'Do not bounce, and keep breathing normally',
          'Start with a few repeats and build up over days and weeks',
          'Stop if your pain gets worse, or if you feel numbness or tingling',
        ]),
      },
    ],
  },
  {
    id: 'prevention',
    title: 'Prevention',
    blocks: [
      { kind: 'paragraph', text: 'A little everyday care makes back stiffness after sleeping less likely:' },
      {
        kind: 'list',
        general: true,
        items: general([
          'Sleep on a supportive, medium-firm mattress that does not sag',
          'Use a pillow that keeps your neck in line with your spine',
          'Sleep on your side with a pillow between your knees, or on your back with a pillow under your knees',
          'Before getting up, do a few gentle stretches in bed, then roll onto your side and push yourself up with your arms',
          'Stay active every day and keep up your back and core exercises',
          'When sitting, get up and move every 30 to 60 minutes',
          'Set up your desk with the top of the screen at or just below eye level and your feet flat on the floor',
          'Lift with your knees bent and the load close to your body',
          'Keep to a healthy weight',
          'Do not smoke',
        ]),
      },
      {
        kind: 'paragraph',
        text: 'Back stiffness after sleeping is very common and tends to come back. When its cause is known, some types can be treated well, so that it no longer gets in the way of daily life. For lasting relief, choose the exercises that suit you and do them regularly.',
      },
    ],
  },
  {
    id: 'see-a-doctor',
    title: 'When to see a doctor',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Back stiffness after sleeping is usually not serious. See a doctor if you have any of these warning signs:',
      },
      { kind: 'list', general: true, items: general(redFlags) },
      {
        kind: 'paragraph',
        text: 'Talk to a doctor or physiotherapist before starting a new exercise routine, and stop any exercise that makes your pain worse.',
      },
    ],
  },
];
