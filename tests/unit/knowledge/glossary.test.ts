import { describe, expect, it } from 'vitest';
import { articleSections, conceptByForm, conceptById, glossary, glossaryCategoryLabels, isGeneralGuidance, stretchById } from '../../../src/knowledge';
import type { GlossaryCategory } from '../../../src/knowledge';
import { normaliseForm } from '../../../src/content/matcher';

/**
 * Everyday words that would light up unrelated pages if they were surface
 * forms on their own ("back" in "come back", "disc" on a music page). Longer
 * phrases that contain them ("lower back", "spinal disc") are fine.
 */
const STOP_LIST = new Set([
  'back', 'backs', 'rest', 'core', 'heat', 'ice', 'cold', 'hot', 'warm',
  'disc', 'discs', 'disk', 'disks', 'stretch', 'stretches', 'stretching', 'bridge', 'bridges', 'plank', 'planks',
  'pain', 'pains', 'ache', 'aches', 'aching', 'sore', 'stiff', 'stiffness', 'tight', 'tension', 'strain', 'sprain',
  'hip', 'hips', 'leg', 'legs', 'knee', 'knees', 'neck', 'shoulder', 'shoulders', 'arm', 'arms', 'foot', 'feet',
  'muscle', 'muscles', 'joint', 'joints', 'nerve', 'nerves', 'bone', 'bones', 'tissue', 'cord',
  'posture', 'exercise', 'exercises', 'workout', 'fitness', 'balance', 'flexibility', 'endurance', 'strength', 'mobility',
  'sleep', 'sleeping', 'bed', 'pillow', 'pillows', 'mattress', 'chair', 'desk', 'screen', 'sitting', 'standing',
  'walk', 'walking', 'swimming', 'cycling', 'yoga', 'lifting', 'lift', 'lifts', 'raise', 'raises', 'tilt', 'shift',
  'roll', 'rolls', 'twist', 'twists', 'crunch', 'cat', 'cow', 'dog', 'bird', 'child', 'ball', 'hinge',
  'weight', 'overweight', 'stress', 'smoking', 'age', 'aging', 'ageing', 'injury', 'fall', 'fever', 'overuse',
  'numbness', 'tingling', 'weakness', 'swelling', 'inflamed', 'slumping', 'hunching', 'backbone',
  'surgery', 'operation', 'therapy', 'treatment', 'medicine', 'medicines', 'drug', 'drugs', 'doctor', 'health',
  'heavy lifting', 'anti-inflammatory', 'bird dog',
  // Phrases that were forms once and lit up ordinary pages (a budget's "limited flexibility", a
  // gardening page's "cat and cow", "the natural curvature of the spine" explained as scoliosis).
  'bird dogs', 'curl-up', 'curl-ups', 'crunches', 'cat and cow', 'planking', 'back extension', 'back extensions',
  'hyperextension', 'hyperextensions', 'core strength', 'limited movement', 'restricted movement',
  'reduced flexibility', 'limited flexibility', 'loss of flexibility', 'numbness and tingling', 'numbness or tingling',
  'sedentary', 'excess weight', 'back support', 'back supports', 'cryotherapy', 'staying in bed',
  'curvature of the spine', 'spinal curvature', 'curved spine', 'spinal nerve', 'spinal nerves',
]);

const SECTION_IDS = new Set(articleSections.map((s) => s.id));
const CATEGORIES = Object.keys(glossaryCategoryLabels) as GlossaryCategory[];

describe('glossary', () => {
  const allForms = glossary.flatMap((c) => c.forms);

  it('meets the counts: at least 60 concepts and 150 surface forms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    expect(allForms.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique kebab-case ids', () => {
    const ids = glossary.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses every category, and each concept points at an existing section', () => {
    expect(new Set(glossary.map((c) => c.category))).toEqual(new Set(CATEGORIES));
    for (const c of glossary) expect(SECTION_IDS, c.id).toContain(c.section);
  });

  it('has no empty text and summaries of at most 240 characters', () => {
    for (const c of glossary) {
      for (const text of [c.term, c.summary, c.tip, c.caution]) {
        if (text !== undefined) expect(text.trim(), c.id).not.toBe('');
      }
      expect(c.forms.length, c.id).toBeGreaterThan(0);
      expect(c.summary.length, c.id).toBeLessThanOrEqual(240);
      // Full sentences: tooltips show them as-is.
      expect(c.summary, c.id).toMatch(/[.!?]$/);
    }
  });

  it('has lower-case, trimmed forms with single spaces and straight apostrophes', () => {
    for (const form of allForms) {
      expect(form).toBe(form.toLowerCase());
      expect(form).toBe(form.trim());
      expect(form).not.toMatch(/\s{2,}|[\u2018\u2019\u00a0]/);
    }
  });

  it('never gives one surface form to two concepts', () => {
    const owners = new Map<string, string>();
    for (const c of glossary) {
      for (const form of c.forms) {
        expect(owners.get(form), `"${form}" is in ${owners.get(form)} and ${c.id}`).toBeUndefined();
        owners.set(form, c.id);
      }
    }
  });

  it('has no everyday word or too-general phrase as a surface form, however it is hyphenated or spaced', () => {
    // The matcher treats hyphens and spaces alike ("bird-dog" finds "bird dog"), so the check does too.
    const stopped = new Set([...STOP_LIST].map(normaliseForm));
    expect(allForms.filter((form) => stopped.has(normaliseForm(form)))).toEqual([]);
  });

  it('links exercise terms to stretches that exist', () => {
    for (const c of glossary) {
      if (c.stretchId === undefined) continue;
      expect(c.category, c.id).toBe('exercise');
      expect(stretchById(c.stretchId), `${c.id} → ${c.stretchId}`).toBeDefined();
    }
    expect(glossary.filter((c) => c.stretchId !== undefined).length).toBeGreaterThanOrEqual(12);
  });

  it('covers the terms readers of back-pain pages meet', () => {
    const expected = [
      'lumbar', 'lumbar spine', 'sciatica', 'sciatic nerve', 'herniated disc', 'slipped disc', 'bulging disc',
      'vertebrae', 'spinal cord', 'intervertebral disc', 'facet joints', 'sacroiliac joint', 'hamstrings', 'glutes',
      'hip flexors', 'lower back pain', 'back stiffness', 'muscle spasm', 'stiffness after sleeping',
      'degenerative disc disease', 'osteoarthritis', 'spinal stenosis', 'scoliosis', 'ankylosing spondylitis',
      'osteoporosis', 'vertebral fracture', 'muscle strain', 'poor posture', 'mattress support', 'ibuprofen',
      'acetaminophen', 'paracetamol', 'nsaids', 'muscle relaxants', 'heat therapy', 'ice pack', 'cold therapy',
      'massage', 'physiotherapy', 'physical therapy', 'chiropractic', 'glute stretch', 'leg raises', 'hip shift',
      'knee-to-chest', 'cat-cow', "child's pose", 'pelvic tilt', 'bird-dog exercise', 'bridge exercise', 'plank exercise',
      'dead lift', 'deadlift', 'core muscles', 'stability ball', 'fitness ball', 'back hyperextension', 'aerobic exercise',
      'range of motion', 'flexibility exercises', 'ergonomics', 'lumbar support', 'sedentary lifestyle',
      'spinal tumour', 'spinal tumor', 'spine',
    ];
    expect(expected.filter((form) => conceptByForm(form) === undefined)).toEqual([]);
  });

  it('keeps synonyms together', () => {
    expect(conceptByForm('paracetamol')).toBe(conceptByForm('acetaminophen'));
    expect(conceptByForm('physical therapy')).toBe(conceptByForm('physiotherapy'));
    expect(conceptByForm('spinal tumour')).toBe(conceptByForm('spinal tumor'));
    // Words with other meanings off a back-pain page are not explained as back-pain terms.
    for (const form of ['tumor', 'tumour', 'spasm', 'spasms']) expect(conceptByForm(form)).toBeUndefined();
    expect(conceptByForm('slipped disc')).toBe(conceptById('herniated-disc'));
    expect(conceptByForm('bulging disk')).toBe(conceptById('herniated-disc'));
  });

  it('gives every exercise a caution that says to stop if it hurts more', () => {
    const exercises = glossary.filter((c) => c.category === 'exercise');
    expect(exercises.length).toBeGreaterThan(0);
    for (const c of exercises) expect(c.caution, c.id).toMatch(/stop if (your pain gets worse|[^.]*hurts)/i);
  });

  it('marks as general guidance exactly the concepts whose article lists were empty: causes, risk factors, prevention', () => {
    const general = new Set<GlossaryCategory>(['cause', 'risk-factor', 'prevention']);
    for (const c of glossary) expect(isGeneralGuidance(c), c.id).toBe(general.has(c.category));
    expect(isGeneralGuidance(conceptByForm('sedentary lifestyle')!)).toBe(true);
    expect(isGeneralGuidance(conceptByForm('sciatica')!)).toBe(false);
  });

  it('explains scoliosis only as a sideways curve: the spine’s natural curve is not it', () => {
    expect(conceptByForm('sideways curvature of the spine')).toBe(conceptById('scoliosis'));
    for (const form of ['curvature of the spine', 'spinal curvature', 'curved spine']) expect(conceptByForm(form), form).toBeUndefined();
  });

  it('keeps the article’s rule on medicines: only after a doctor’s advice', () => {
    for (const c of glossary.filter((x) => x.category === 'medication')) {
      expect(`${c.summary} ${c.caution ?? ''}`, c.id).toMatch(/doctor/i);
    }
  });
});
