/** Glossary: the parts of the back and the muscles around it. */
import type { GlossaryConcept } from '../types';

export const anatomyTerms: readonly GlossaryConcept[] = [
  {
    id: 'spine',
    term: 'Spine',
    forms: ['spine', 'spinal column', 'vertebral column'],
    category: 'anatomy',
    summary:
      'The stack of small bones that runs down the middle of your back, from your skull to your tailbone. It holds you upright, lets you bend and twist, and protects the spinal cord.',
    section: 'overview',
  },
  {
    id: 'vertebra',
    term: 'Vertebra',
    forms: ['vertebra', 'vertebrae', 'vertebral body', 'vertebral bodies'],
    category: 'anatomy',
    summary:
      'One of the small bones stacked up to form the spine. The plural is vertebrae. A soft disc sits between each pair and cushions every movement.',
    section: 'overview',
  },
  {
    id: 'lumbar-region',
    term: 'Lower back (lumbar region)',
    forms: ['lower back', 'low back', 'lumbar', 'lumbar region', 'lumbar area'],
    category: 'anatomy',
    summary:
      'The part of the back between the bottom of the ribs and the top of the pelvis. It carries much of your body weight, and it is where stiffness after sleeping is most often felt.',
    section: 'overview',
  },
  {
    id: 'lumbar-spine',
    term: 'Lumbar spine',
    forms: ['lumbar spine', 'lumbar vertebrae', 'lumbar vertebra'],
    category: 'anatomy',
    summary:
      'The five large vertebrae of the lower back. They carry more weight than any other part of the spine and do much of the work when you bend forward or lift.',
    section: 'stretching',
  },
  {
    id: 'upper-back',
    term: 'Upper back',
    forms: ['upper back', 'mid back', 'middle back', 'thoracic spine', 'thoracic region'],
    category: 'anatomy',
    summary:
      'The part of the back between the neck and the bottom of the ribs, also called the thoracic region. Long hours hunched over a screen often leave it tight.',
    section: 'overview',
  },
  {
    id: 'spinal-cord',
    term: 'Spinal cord',
    forms: ['spinal cord', 'spinal cords'],
    category: 'anatomy',
    summary:
      'The bundle of nerves that runs inside the spine and carries messages between the brain and the body. The bones of the spine surround and protect it.',
    section: 'overview',
  },
  {
    id: 'spinal-disc',
    term: 'Spinal disc',
    forms: [
      'spinal disc',
      'spinal discs',
      'spinal disk',
      'spinal disks',
      'intervertebral disc',
      'intervertebral discs',
      'intervertebral disk',
      'intervertebral disks',
    ],
    category: 'anatomy',
    summary:
      'A soft, rubbery cushion between two vertebrae that absorbs shocks and lets the spine bend. Discs soak up a little water overnight, which may be one reason the back feels stiff on waking.',
    section: 'causes',
  },
  {
    id: 'facet-joints',
    term: 'Facet joints',
    forms: ['facet joint', 'facet joints'],
    category: 'anatomy',
    summary:
      'Small pairs of joints at the back of each vertebra that link it to the ones above and below. They guide how the spine bends and twists, and can get stiff or sore with age.',
    section: 'causes',
  },
  {
    id: 'sacroiliac-joint',
    term: 'Sacroiliac joint',
    forms: ['sacroiliac joint', 'sacroiliac joints', 'sacroiliac', 'si joint', 'si joints'],
    category: 'anatomy',
    summary:
      'The joint on each side where the base of the spine (the sacrum) meets the pelvis. It moves only a little, but when irritated it can cause pain low in the back or in the buttock.',
    section: 'causes',
  },
  {
    id: 'sciatic-nerve',
    term: 'Sciatic nerve',
    forms: ['sciatic nerve', 'sciatic nerves'],
    category: 'anatomy',
    summary:
      'The longest nerve in the body. There is one on each side: it starts in the lower back and runs through the buttock and down the back of the leg. Pressure on it causes sciatica.',
    section: 'causes',
  },
  {
    id: 'nerve-root',
    term: 'Nerve root',
    forms: ['nerve root', 'nerve roots'],
    category: 'anatomy',
    summary:
      'The start of a nerve where it branches off the spinal cord and leaves the spine through a gap between two vertebrae. A bulging disc can press on it and cause pain that spreads.',
    section: 'causes',
  },
  {
    id: 'back-muscles',
    term: 'Back muscles',
    forms: ['back muscles', 'back muscle', 'erector spinae', 'paraspinal muscles', 'paraspinals'],
    category: 'anatomy',
    summary:
      'The muscles that run along both sides of the spine and hold you upright. Stiffness after sleeping most often comes from tension in these muscles rather than from the bones.',
    section: 'overview',
  },
  {
    id: 'core-muscles',
    term: 'Core muscles',
    forms: ['core muscles', 'core muscle', 'abdominal muscles', 'abdominals', 'transverse abdominis'],
    category: 'anatomy',
    summary:
      'The muscles of your belly, sides and lower back that wrap around your middle like a corset. Strong core muscles support the spine and take strain off the lower back.',
    section: 'exercises',
  },
  {
    id: 'glutes',
    term: 'Glutes',
    forms: ['glutes', 'glute', 'gluteal', 'gluteal muscles', 'gluteus maximus', 'buttock muscles'],
    category: 'anatomy',
    summary:
      'The large muscles of the buttocks. They straighten the hips and keep the pelvis steady. Weak or tight glutes can pull on the lower back.',
    section: 'exercises',
  },
  {
    id: 'hamstrings',
    term: 'Hamstrings',
    forms: ['hamstring', 'hamstrings', 'hamstring muscles'],
    category: 'anatomy',
    summary:
      'The muscles at the back of the thigh. When they are tight they tug on the pelvis, which can add to lower back stiffness.',
    section: 'exercises',
  },
  {
    id: 'hip-flexors',
    term: 'Hip flexors',
    forms: ['hip flexor', 'hip flexors', 'iliopsoas', 'psoas'],
    category: 'anatomy',
    summary:
      'The muscles at the front of the hip that lift your knee towards your chest. Hours of sitting keep them short, and tight hip flexors can pull the lower back into an arch.',
    section: 'stretching',
  },
  {
    id: 'ligaments',
    term: 'Ligaments',
    forms: ['ligament', 'ligaments', 'spinal ligaments'],
    category: 'anatomy',
    summary:
      'Tough bands of tissue that hold bones together at a joint. In the back they keep the vertebrae lined up. Overstretching or tearing one is called a sprain.',
    section: 'causes',
  },
  {
    id: 'pelvis',
    term: 'Pelvis',
    forms: ['pelvis', 'pelvic bone', 'pelvic bones'],
    category: 'anatomy',
    summary:
      'The ring of bones at the base of the spine that joins the legs to the body. How the pelvis tilts changes the curve of the lower back.',
    section: 'exercises',
  },
  {
    id: 'tailbone',
    term: 'Tailbone (coccyx)',
    forms: ['tailbone', 'coccyx'],
    category: 'anatomy',
    summary:
      'The small, pointed bone at the very bottom of the spine. It can ache after a fall onto your bottom or after sitting for a long time on a hard seat.',
    section: 'overview',
  },
];
