/** Glossary: treatments and medicines. Medicine entries repeat the article's rule: only after a doctor's advice. */
import type { GlossaryConcept } from '../types';

const AFTER_ADVICE = "Take it only after a doctor's advice, and never more than the label says.";

export const treatmentTerms: readonly GlossaryConcept[] = [
  {
    id: 'heat-therapy',
    term: 'Heat therapy',
    forms: [
      'heat therapy',
      'heat pack',
      'heat packs',
      'hot pack',
      'heat wrap',
      'heat wraps',
      'heating pad',
      'heating pads',
      'hot water bottle',
      'hot water bottles',
      'warm compress',
      'hot compress',
    ],
    category: 'treatment',
    summary:
      'Warming stiff muscles with a heat pack, a hot water bottle or a warm shower. Heat relaxes tight muscles and increases blood flow, so it suits stiffness well.',
    section: 'treatment',
    caution: 'Wrap it in a cloth, use it for 15 to 20 minutes at a time, and never fall asleep on a heating pad.',
  },
  {
    id: 'cold-therapy',
    term: 'Cold therapy',
    forms: ['cold therapy', 'ice therapy', 'ice pack', 'ice packs', 'cold pack', 'cold packs', 'cold compress'],
    category: 'treatment',
    summary:
      'Cooling a sore area with an ice pack or a bag of frozen peas. Cold numbs pain and can reduce swelling, and is most useful in the first day or two after a strain.',
    section: 'treatment',
    caution: 'Wrap ice in a thin towel and use it for up to 20 minutes at a time to protect your skin.',
  },
  {
    id: 'massage',
    term: 'Massage',
    forms: ['massage', 'massages', 'massage therapy', 'back massage', 'massage therapist', 'massage therapists'],
    category: 'treatment',
    summary:
      'Rubbing and kneading the muscles to help them relax. Massage can ease muscle tension and bring short-term relief from back stiffness.',
    section: 'treatment',
  },
  {
    id: 'physical-therapy',
    term: 'Physiotherapy (physical therapy)',
    forms: [
      'physical therapy',
      'physical therapist',
      'physical therapists',
      'physiotherapy',
      'physiotherapist',
      'physiotherapists',
      'physio',
    ],
    category: 'treatment',
    summary:
      'Treatment by a trained therapist who uses exercise, hands-on work and advice to get you moving well again. A physiotherapist can tell you which exercises suit your back and how much to do.',
    section: 'stretching',
  },
  {
    id: 'chiropractic',
    term: 'Chiropractic',
    forms: ['chiropractic', 'chiropractor', 'chiropractors', 'spinal manipulation', 'spinal adjustment', 'spinal adjustments'],
    category: 'treatment',
    summary:
      'Hands-on treatment in which a chiropractor moves and adjusts the joints of the spine. Some people with back pain find it helps for a while; ask your doctor whether it suits you.',
    section: 'treatment',
  },
  {
    id: 'back-surgery',
    term: 'Back surgery',
    forms: ['back surgery', 'spine surgery', 'spinal surgery', 'spinal fusion', 'discectomy', 'laminectomy', 'back operation'],
    category: 'treatment',
    summary:
      'An operation on the spine. It is needed only in rare cases, such as a tumour, an injury to the spine, or vertebral fractures that cause constant pain. Most back stiffness never needs it.',
    section: 'treatment',
  },
  {
    id: 'bed-rest',
    term: 'Bed rest',
    forms: ['bed rest'],
    category: 'treatment',
    summary:
      'Lying down to rest a sore back. A short rest can help when pain is bad, but staying in bed for days usually makes stiffness worse. Gentle movement helps most backs recover.',
    section: 'treatment',
  },
];

export const medicationTerms: readonly GlossaryConcept[] = [
  {
    id: 'acetaminophen',
    term: 'Acetaminophen (paracetamol)',
    forms: ['acetaminophen', 'paracetamol', 'tylenol', 'panadol'],
    category: 'medication',
    summary:
      'A common pain medicine, called paracetamol in many countries. It is used to ease pain but does not reduce inflammation.',
    section: 'treatment',
    caution: `${AFTER_ADVICE} Too much can harm the liver, and many cold remedies contain it too.`,
  },
  {
    id: 'ibuprofen',
    term: 'Ibuprofen',
    forms: ['ibuprofen', 'advil', 'motrin', 'nurofen'],
    category: 'medication',
    summary: 'An anti-inflammatory medicine (an NSAID) that relieves pain and reduces inflammation.',
    section: 'treatment',
    caution: `${AFTER_ADVICE} It can upset the stomach and is not safe for everyone, for example people with stomach ulcers or kidney problems.`,
  },
  {
    id: 'nsaids',
    term: 'NSAIDs',
    forms: [
      'nsaid',
      'nsaids',
      'anti-inflammatories',
      'anti-inflammatory drugs',
      'anti-inflammatory medicine',
      'anti-inflammatory medicines',
      'anti-inflammatory medication',
      'non-steroidal anti-inflammatory drugs',
      'nonsteroidal anti-inflammatory drugs',
    ],
    category: 'medication',
    summary:
      'Short for non-steroidal anti-inflammatory drugs: medicines such as ibuprofen and naproxen that reduce both pain and inflammation.',
    section: 'treatment',
    caution: "Take them only after a doctor's or pharmacist's advice, and never longer or at a higher dose than advised.",
  },
  {
    id: 'naproxen',
    term: 'Naproxen',
    forms: ['naproxen', 'aleve', 'naprosyn'],
    category: 'medication',
    summary: 'A longer-acting anti-inflammatory medicine (an NSAID), similar to ibuprofen.',
    section: 'treatment',
    caution: AFTER_ADVICE,
  },
  {
    id: 'muscle-relaxants',
    term: 'Muscle relaxants',
    forms: ['muscle relaxant', 'muscle relaxants', 'muscle relaxer', 'muscle relaxers'],
    category: 'medication',
    summary:
      'Prescription medicines that calm muscle spasms. They often cause drowsiness, so doctors usually prescribe them only for a short time.',
    section: 'treatment',
    caution: 'Take them only as your doctor prescribes. Do not drive or drink alcohol while taking them unless your doctor says it is safe.',
  },
  {
    id: 'painkillers',
    term: 'Painkillers',
    forms: ['painkiller', 'painkillers', 'pain reliever', 'pain relievers', 'pain relief medicine', 'analgesic', 'analgesics'],
    category: 'medication',
    summary:
      'Medicines that ease pain, such as paracetamol (acetaminophen). They bring relief for a while but do not fix the cause, so pair them with gentle movement.',
    section: 'treatment',
    caution: "Take them only after a doctor's advice, and follow the dose on the label.",
  },
];
