/** Glossary: medical conditions that can lie behind back stiffness or pain. */
import type { GlossaryConcept } from '../types';

export const conditionTerms: readonly GlossaryConcept[] = [
  {
    id: 'sciatica',
    term: 'Sciatica',
    forms: ['sciatica', 'sciatic pain', 'sciatic nerve pain'],
    category: 'condition',
    summary:
      'Pain, tingling or numbness that runs from the lower back through the buttock and down one leg. It happens when the sciatic nerve is pressed, often by a bulging disc.',
    section: 'causes',
  },
  {
    id: 'herniated-disc',
    term: 'Herniated disc',
    forms: [
      'herniated disc',
      'herniated discs',
      'herniated disk',
      'herniated disks',
      'slipped disc',
      'slipped discs',
      'slipped disk',
      'slipped disks',
      'bulging disc',
      'bulging discs',
      'bulging disk',
      'bulging disks',
      'ruptured disc',
      'ruptured disk',
      'prolapsed disc',
      'disc prolapse',
      'disc herniation',
      'disk herniation',
      'disc bulge',
    ],
    category: 'condition',
    summary:
      'When the soft centre of a spinal disc pushes out through its tougher outer layer. Also called a slipped disc; a bulging disc is a milder, related problem. It can press on a nerve; most get better without surgery.',
    section: 'causes',
  },
  {
    id: 'degenerative-disc-disease',
    term: 'Degenerative disc disease',
    forms: ['degenerative disc disease', 'degenerative disk disease', 'disc degeneration', 'disk degeneration', 'degenerated disc'],
    category: 'condition',
    summary:
      'The wear of spinal discs with age: they lose water, get thinner and cushion less. Despite the name it is not really a disease, and many people who have it feel no pain.',
    section: 'causes',
  },
  {
    id: 'osteoarthritis',
    term: 'Osteoarthritis',
    forms: [
      'osteoarthritis',
      'spinal osteoarthritis',
      'spinal arthritis',
      'arthritis of the spine',
      'facet joint arthritis',
      'spondylosis',
    ],
    category: 'condition',
    summary:
      'Wear of the smooth cartilage that covers the ends of the bones in a joint, including the facet joints of the spine. It often causes stiffness that is worst in the morning or after resting and eases with gentle movement.',
    section: 'causes',
  },
  {
    id: 'spinal-stenosis',
    term: 'Spinal stenosis',
    forms: ['spinal stenosis', 'lumbar stenosis', 'lumbar spinal stenosis', 'narrowing of the spinal canal'],
    category: 'condition',
    summary:
      'A narrowing of the space inside the spine that can squeeze the nerves. It often causes pain or heaviness in the legs when walking or standing, which eases when you sit or lean forward.',
    section: 'causes',
  },
  {
    id: 'scoliosis',
    term: 'Scoliosis',
    // Not "curvature of the spine": that is as often the spine's natural curve, which is not scoliosis.
    forms: ['scoliosis', 'sideways curvature of the spine'],
    category: 'condition',
    summary:
      'A sideways curve of the spine, usually found in childhood or the teenage years. Mild scoliosis is common and often causes no trouble; larger curves are checked by a specialist.',
    section: 'causes',
  },
  {
    id: 'kyphosis',
    term: 'Kyphosis',
    forms: ['kyphosis', 'rounded upper back'],
    category: 'condition',
    summary:
      'Extra forward rounding of the upper back. Mild rounding from slouching often improves with better posture and exercise; a larger curve should be checked by a doctor.',
    section: 'causes',
  },
  {
    id: 'ankylosing-spondylitis',
    term: 'Ankylosing spondylitis',
    forms: ['ankylosing spondylitis', 'axial spondyloarthritis', 'spondylitis'],
    category: 'condition',
    summary:
      'A long-term inflammatory arthritis of the spine, often starting before age 45. A typical sign is morning back stiffness lasting over 30 minutes that gets better with exercise, not rest.',
    section: 'causes',
    caution: 'If your morning stiffness lasts more than half an hour most days, tell your doctor.',
  },
  {
    id: 'osteoporosis',
    term: 'Osteoporosis',
    forms: ['osteoporosis', 'osteoporotic', 'brittle bones', 'thinning bones'],
    category: 'condition',
    summary:
      'A condition in which bones become thin and weak, so they break more easily. In the spine it can lead to vertebral fractures, sometimes after only a minor fall or strain.',
    section: 'causes',
  },
  {
    id: 'vertebral-fracture',
    term: 'Vertebral fracture',
    forms: [
      'vertebral fracture',
      'vertebral fractures',
      'spinal fracture',
      'spinal fractures',
      'compression fracture',
      'compression fractures',
      'broken vertebra',
    ],
    category: 'condition',
    summary:
      'A break in one of the bones of the spine. Vertebral fractures that cause constant pain are one of the rare cases in which surgery may be needed.',
    section: 'treatment',
  },
  {
    id: 'spinal-tumor',
    term: 'Spinal tumour',
    // Only spinal forms: a bare "tumor" is most often another one (a brain tumor), and would be explained wrongly.
    forms: ['spinal tumor', 'spinal tumors', 'spinal tumour', 'spinal tumours', 'spine tumor', 'spine tumors', 'spine tumour', 'spine tumours'],
    category: 'condition',
    summary:
      'An abnormal growth of cells. In or near the spine it is a rare cause of back pain, and one of the few reasons surgery may be needed. Night pain or unexplained weight loss should be checked.',
    section: 'treatment',
  },
  {
    id: 'pinched-nerve',
    term: 'Pinched nerve',
    forms: [
      'pinched nerve',
      'pinched nerves',
      'trapped nerve',
      'trapped nerves',
      'compressed nerve',
      'nerve compression',
      'radiculopathy',
    ],
    category: 'condition',
    summary:
      'A nerve squeezed by a disc, bone or swollen tissue. It can cause pain, tingling, numbness or weakness along the path of the nerve, for example down an arm or a leg.',
    section: 'causes',
  },
  {
    id: 'spondylolisthesis',
    term: 'Spondylolisthesis',
    forms: ['spondylolisthesis'],
    category: 'condition',
    summary:
      'When one vertebra slips forward over the one below it. It can cause lower back pain and stiffness, and sometimes leg pain if a nerve is pressed.',
    section: 'causes',
  },
  {
    id: 'piriformis-syndrome',
    term: 'Piriformis syndrome',
    forms: ['piriformis syndrome', 'piriformis'],
    category: 'condition',
    summary:
      'Buttock pain that happens when the piriformis, a small muscle deep in the hip, irritates the sciatic nerve running beside it. A glute stretch often helps.',
    section: 'causes',
  },
  {
    id: 'cauda-equina-syndrome',
    term: 'Cauda equina syndrome',
    forms: ['cauda equina syndrome', 'cauda equina', 'saddle numbness', 'saddle anesthesia', 'saddle anaesthesia'],
    category: 'condition',
    summary:
      'A rare emergency in which the nerves at the bottom of the spine are badly squeezed. Signs include numbness around the groin or buttocks, loss of bladder or bowel control, or weakness in both legs.',
    section: 'see-a-doctor',
    caution: 'Get emergency medical help straight away if you notice these signs.',
  },
];
