/**
 * Glossary: the exercises the article recommends and the ideas behind them.
 * `stretchId` links a term to the step-by-step stretch the break page can open.
 */
import type { GlossaryConcept } from '../types';

/** The caution of every exercise term that has no more specific one (a unit test holds every exercise to one). */
const MOVE_GENTLY = 'Move gently and stop if your pain gets worse.';

export const exerciseTerms: readonly GlossaryConcept[] = [
  {
    id: 'stretching-exercises',
    term: 'Stretching exercises',
    forms: ['stretching exercises', 'stretching exercise', 'stretching routine', 'back stretch', 'back stretches'],
    category: 'exercise',
    summary:
      'Gently lengthening a muscle and holding it for a short time. Done daily, stretching relieves tightness in the lower back and hips and keeps the back flexible.',
    section: 'stretching',
    tip: 'A stretch should feel like a mild pull, never pain. Move slowly and do not bounce.',
    caution: MOVE_GENTLY,
  },
  {
    id: 'strengthening-exercises',
    term: 'Strengthening exercises',
    forms: ['strengthening exercises', 'strengthening exercise', 'strength training', 'resistance training', 'muscle strengthening'],
    category: 'exercise',
    summary:
      'Exercises that make muscles stronger by working them against a load, such as your own body weight. The American College of Sports Medicine advises them, with stretching, on at least 2 to 3 days a week.',
    section: 'stretching',
    caution: MOVE_GENTLY,
  },
  {
    id: 'aerobic-exercise',
    term: 'Aerobic exercise',
    forms: [
      'aerobic exercise',
      'aerobic exercises',
      'aerobic activity',
      'aerobic conditioning',
      'aerobics',
      'cardio',
      'cardiovascular exercise',
      'brisk walking',
    ],
    category: 'exercise',
    summary:
      'Steady movement that raises your heart rate, such as brisk walking, swimming or cycling. The American College of Sports Medicine recommends 150 minutes of it every week.',
    section: 'stretching',
    caution: MOVE_GENTLY,
    stretchId: 'march-in-place',
  },
  {
    id: 'glute-stretch',
    term: 'Glute stretch',
    forms: ['glute stretch', 'glute stretches', 'figure-four stretch', 'figure four stretch', 'figure-4 stretch', 'piriformis stretch'],
    category: 'exercise',
    summary:
      'A stretch for the buttock muscles, usually done by resting one ankle on the other knee. It eases tightness in the hips and buttocks that can pull on the lower back.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'glute-stretch',
  },
  {
    id: 'leg-raises',
    term: 'Leg raises',
    forms: [
      'leg raise',
      'leg raises',
      'leg lift',
      'leg lifts',
      'straight leg raise',
      'straight leg raises',
      'straight-leg raise',
      'straight-leg raises',
    ],
    category: 'exercise',
    summary:
      'Lifting one straight leg while lying on your back. In a static raise you hold the leg up; in an active raise you lift and lower it slowly. Both work the core and hip muscles.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'active-leg-raise',
  },
  {
    id: 'hip-shift',
    term: 'Standing hip shift',
    forms: ['standing hip shift', 'standing hip shifts', 'hip shift', 'hip shifts'],
    category: 'exercise',
    summary:
      'Standing tall and slowly sliding your hips to one side and then the other, keeping your shoulders level. It gently moves the lower back and hips, and you can do it anywhere.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'standing-hip-shift',
  },
  {
    id: 'knee-to-chest',
    term: 'Knee-to-chest stretch',
    forms: [
      'knee to chest',
      'knee-to-chest',
      'knees to chest',
      'knees-to-chest',
      'knee to chest stretch',
      'knee-to-chest stretch',
      'knee hug',
      'knee hugs',
    ],
    category: 'exercise',
    summary:
      'Lying on your back and gently hugging one knee, or both, towards your chest. It stretches the lower back and buttocks and is a good first move in bed in the morning.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'knee-to-chest',
  },
  {
    id: 'cat-cow',
    term: 'Cat-cow stretch',
    forms: ['cat-cow', 'cat cow', 'cat-cow stretch', 'cat-camel', 'cat camel'],
    category: 'exercise',
    summary:
      'On hands and knees, slowly rounding your back up like a cat, then letting it dip gently like a cow. It moves the whole spine and loosens morning stiffness.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'cat-cow',
  },
  {
    id: 'childs-pose',
    term: "Child's pose",
    forms: ["child's pose", 'childs pose', 'child pose', 'balasana'],
    category: 'exercise',
    summary:
      'Kneeling, sitting back towards your heels and reaching your arms forward with your forehead down. It gently stretches the back, hips and shoulders.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'childs-pose',
  },
  {
    id: 'pelvic-tilt',
    term: 'Pelvic tilt',
    forms: ['pelvic tilt', 'pelvic tilts', 'pelvic tilting', 'pelvic rock'],
    category: 'exercise',
    summary:
      'Lying on your back with knees bent and gently pressing your lower back into the floor by tightening your stomach muscles. It wakes up the core and eases lower back stiffness.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'pelvic-tilt',
  },
  {
    id: 'bird-dog',
    term: 'Bird-dog',
    // Not a bare "bird dog": a hunting dog or a bird-dog (scout) on a sports page is not this.
    forms: ['bird-dog exercise', 'bird-dog exercises', 'bird dog exercise', 'bird dog exercises'],
    category: 'exercise',
    summary:
      'On hands and knees, reaching one arm forward and the opposite leg back while keeping your back still. It builds strength and balance in the core and back.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'bird-dog',
  },
  {
    id: 'bridge-exercise',
    term: 'Bridge exercise',
    forms: ['bridge exercise', 'bridge exercises', 'glute bridge', 'glute bridges', 'hip bridge', 'hip bridges', 'bridge pose'],
    category: 'exercise',
    summary:
      'Lying on your back with knees bent and lifting your hips until your body makes a straight line from shoulders to knees. It strengthens the glutes and lower back.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'bridge',
  },
  {
    id: 'plank',
    term: 'Plank',
    forms: ['plank exercise', 'plank exercises', 'plank hold', 'forearm plank', 'side plank', 'side planks'],
    category: 'exercise',
    summary:
      'Holding your body straight like a board, resting on your forearms and toes. It strengthens the core muscles that support the spine.',
    section: 'exercises',
    caution: 'Start with holds of 10 to 20 seconds and stop if your lower back sags or hurts.',
  },
  {
    id: 'deadlift',
    term: 'Deadlift',
    forms: ['deadlift', 'deadlifts', 'dead lift', 'dead lifts', 'romanian deadlift', 'hip hinge', 'hip hinges'],
    category: 'exercise',
    summary:
      'Lifting a weight from the floor by bending at the hips and knees with a straight back, then standing tall. It strengthens the back, glutes and hamstrings.',
    section: 'exercises',
    stretchId: 'hip-hinge',
    caution: `Learn the movement without weight first, ideally with a trainer or physiotherapist. ${MOVE_GENTLY}`,
  },
  {
    id: 'crunches',
    term: 'Crunches',
    forms: ['abdominal crunches', 'ab crunches', 'partial crunch', 'partial crunches'],
    category: 'exercise',
    summary:
      'Lying on your back with knees bent and curling your head and shoulders a little way off the floor. They work the stomach muscles, part of the core that supports the back.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'partial-crunch',
  },
  {
    id: 'stability-ball',
    term: 'Stability ball',
    forms: [
      'stability ball',
      'stability balls',
      'exercise ball',
      'exercise balls',
      'fitness ball',
      'fitness balls',
      'swiss ball',
      'swiss balls',
      'gym ball',
      'gym balls',
      'yoga ball',
      'yoga balls',
      'balance ball',
    ],
    category: 'exercise',
    summary:
      'A large inflatable ball used for exercise. Because it wobbles, even sitting on it makes the core muscles work. The article lists stability-ball exercises, such as back extensions over the ball, among the moves for back stiffness.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'ball-hip-circles',
  },
  {
    id: 'hyperextension',
    term: 'Back extension (hyperextension)',
    forms: ['back hyperextension', 'back hyperextensions', 'back extension exercise', 'back extension exercises'],
    category: 'exercise',
    summary:
      'Gently arching the back against gravity, for example lying face down over a fitness ball and lifting your chest. It strengthens the muscles along the spine.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'ball-back-extension',
  },
  {
    id: 'spinal-twist',
    term: 'Spinal twist',
    forms: [
      'spinal twist',
      'spinal twists',
      'seated twist',
      'seated twists',
      'seated spinal twist',
      'lying twist',
      'supine twist',
      'trunk rotation',
      'trunk rotations',
    ],
    category: 'exercise',
    summary:
      'Gently turning your upper body to one side while your hips stay still. Twists loosen the muscles along the spine and can be done seated, standing or lying down.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'seated-twist',
  },
  {
    id: 'hamstring-stretch',
    term: 'Hamstring stretch',
    forms: ['hamstring stretch', 'hamstring stretches'],
    category: 'exercise',
    summary:
      'Straightening one leg and leaning forward from the hips until you feel a gentle pull at the back of the thigh. Looser hamstrings pull less on the lower back.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'seated-hamstring-stretch',
  },
  {
    id: 'hip-flexor-stretch',
    term: 'Hip flexor stretch',
    forms: ['hip flexor stretch', 'hip flexor stretches', 'kneeling hip flexor stretch', 'lunge stretch'],
    category: 'exercise',
    summary:
      'A gentle lunge that stretches the front of the hip. It undoes some of the tightness that long hours of sitting leave behind.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'standing-hip-flexor-stretch',
  },
  {
    id: 'shoulder-rolls',
    term: 'Shoulder rolls',
    forms: ['shoulder roll', 'shoulder rolls', 'shoulder circles'],
    category: 'exercise',
    summary:
      'Slowly lifting your shoulders towards your ears, then rolling them back and down. A quick way to release a tight upper back and neck at your desk.',
    section: 'exercises',
    caution: MOVE_GENTLY,
    stretchId: 'shoulder-rolls',
  },
  {
    id: 'range-of-motion',
    term: 'Range of motion',
    forms: ['range of motion', 'ranges of motion', 'range of movement', 'mobility exercises'],
    category: 'exercise',
    summary:
      'How far a joint can move in each direction. Stiffness shrinks it; gentle, regular movement and stretching help bring it back.',
    section: 'stretching',
    caution: MOVE_GENTLY,
  },
  {
    id: 'flexibility',
    term: 'Flexibility',
    forms: ['flexibility exercises', 'flexibility training', 'muscle flexibility', 'spinal flexibility', 'back flexibility'],
    category: 'exercise',
    summary:
      'How easily your muscles and joints move through their full range without pain. Daily stretching builds it, and a flexible back is less prone to stiffness.',
    section: 'stretching',
    caution: MOVE_GENTLY,
  },
  {
    id: 'muscular-endurance',
    term: 'Muscular endurance',
    forms: ['muscular endurance', 'muscle endurance', 'core endurance'],
    category: 'exercise',
    summary:
      'How long muscles can keep working before they tire. Back muscles with good endurance hold you upright all day with less strain, and daily exercise builds it.',
    section: 'stretching',
    caution: MOVE_GENTLY,
  },
];
