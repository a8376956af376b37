import { describe, expect, it } from 'vitest';
import {
  articleSections,
  disclaimer,
  redFlags,
  routineById,
  routineDurationSec,
  routineStretches,
  routines,
  stretches,
  stretchPlaceLabels,
  tipCategoryLabels,
  tips,
} from '../../../src/knowledge';
import type { ArticleBlock, SectionId } from '../../../src/knowledge';
import { STOP_IF_WORSE } from '../../../src/knowledge/stretches';

const SECTION_ORDER: readonly SectionId[] = [
  'overview', 'symptoms', 'causes', 'risk-factors', 'treatment', 'exercises', 'stretching', 'prevention', 'see-a-doctor',
];
const sectionIds = new Set<string>(SECTION_ORDER);
const sentences = (text: string): number => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
const blockText = (b: ArticleBlock): string => (b.kind === 'paragraph' ? b.text : b.items.map((i) => i.text).join('\n'));
const sectionText = (id: SectionId): string =>
  articleSections.find((s) => s.id === id)?.blocks.map(blockText).join('\n') ?? '';
const allArticleText = articleSections.map((s) => sectionText(s.id)).join('\n');

describe('tips', () => {
  it('has at least 30 unique tips of one or two sentences', () => {
    expect(tips.length).toBeGreaterThanOrEqual(30);
    expect(new Set(tips.map((t) => t.id)).size).toBe(tips.length);
    for (const t of tips) {
      expect(t.text.trim(), t.id).not.toBe('');
      expect(sentences(t.text), t.id).toBeLessThanOrEqual(2);
    }
  });

  it('ties every tip to a section and uses every category', () => {
    for (const t of tips) expect(sectionIds, t.id).toContain(t.section);
    expect(new Set(tips.map((t) => t.category))).toEqual(new Set(Object.keys(tipCategoryLabels)));
  });

  it('marks general tips: only those that say what the source article says are not general guidance', () => {
    expect(tips.filter((t) => !t.general).map((t) => t.id).sort()).toEqual([
      'move-acsm-aerobic', 'move-acsm-strength', 'move-ask-first', 'move-dont-overdo',
      'treat-exercise-lasts', 'treat-medicines', 'treat-mild',
    ]);
    // The source's own lists were empty here and its red flags are Limber's: all of these are general.
    for (const t of tips.filter((x) => x.category === 'desk-posture' || x.category === 'sleep-setup' || x.category === 'seek-help')) {
      expect(t.general, t.id).toBe(true);
    }
  });

  it('tells people to stop when a move hurts', () => {
    expect(tips.find((t) => t.id === 'morning-knee-hug')?.text).toMatch(/stop if it hurts/i);
  });
});

describe('stretches', () => {
  it('has at least 12 unique, complete stretches', () => {
    expect(stretches.length).toBeGreaterThanOrEqual(12);
    expect(new Set(stretches.map((s) => s.id)).size).toBe(stretches.length);
    for (const s of stretches) {
      for (const text of [s.name, s.dose, s.caution, ...s.steps]) expect(text.trim(), s.id).not.toBe('');
      expect(s.steps.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.areas.length, s.id).toBeGreaterThan(0);
      expect(Number.isInteger(s.durationSec) && s.durationSec >= 10 && s.durationSec <= 120, s.id).toBe(true);
    }
  });

  it('asks for no more than fits its countdown, at a slow pace', () => {
    // About 3 s a slow repeat (move, pause for a breath, come back); holds as stated.
    const tooMuch = stretches.filter((s) => {
      const sides = / each (side|leg|way)/.test(s.dose) ? 2 : 1;
      const holds = /^Hold (\d+) seconds(?:, (\d+) times)?/.exec(s.dose);
      if (holds) return Number(holds[1]) * Number(holds[2] ?? 1) * sides > s.durationSec;
      const repeats = /^(\d+) slow /.exec(s.dose);
      return repeats !== null && Number(repeats[1]) * sides * 3 > s.durationSec;
    });
    expect(tooMuch.map((s) => `${s.name}: ${s.dose} in ${s.durationSec} s`)).toEqual([]);
  });

  it('never calls a floor exercise desk-friendly', () => {
    for (const s of stretches.filter((x) => x.place === 'floor' || x.place === 'floor-or-bed')) expect(s.deskFriendly, s.id).toBe(false);
  });

  it('ends every caution with "stop if your pain gets worse"', () => {
    for (const s of stretches) expect(s.caution.endsWith(` ${STOP_IF_WORSE}`), `${s.id}: ${s.caution}`).toBe(true);
    expect(STOP_IF_WORSE).toMatch(/^Stop if your pain gets worse/);
  });

  it('says "in bed" only of the moves done lying on your back', () => {
    expect(stretches.filter((s) => s.place === 'floor-or-bed').map((s) => s.id).sort()).toEqual([
      'active-leg-raise', 'knee-to-chest', 'lying-twist', 'pelvic-tilt', 'static-leg-raise',
    ]);
    expect(stretchPlaceLabels.floor).toBe('On the floor');
    expect(stretchPlaceLabels['floor-or-bed']).toBe('On the floor or in bed');
  });

  it('covers the article’s exercise list', () => {
    const ids = new Set(stretches.map((s) => s.id));
    for (const id of [
      'static-leg-raise', 'active-leg-raise', 'glute-stretch', 'standing-hip-shift', 'ball-hip-circles',
      'ball-back-extension', 'seated-twist', 'march-in-place', 'hip-hinge', 'partial-crunch',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('routines', () => {
  it('has the three routines, each made of existing stretches', () => {
    expect(routines.map((r) => r.id).sort()).toEqual(['desk-2', 'full-10', 'morning-5']);
    for (const r of routines) {
      expect(routineStretches(r).length, r.id).toBe(r.stretchIds.length);
      expect(new Set(r.stretchIds).size, `${r.id} repeats a stretch`).toBe(r.stretchIds.length);
    }
  });

  it('adds up to the advertised minutes, within 15 %', () => {
    for (const r of routines) {
      const target = r.minutes * 60;
      expect(Math.abs(routineDurationSec(r) - target) / target, r.id).toBeLessThanOrEqual(0.15);
    }
  });

  it('keeps the desk break to desk-friendly moves and starts the morning routine lying down', () => {
    const desk = routineById('desk-2');
    const morning = routineById('morning-5');
    expect(desk && routineStretches(desk).every((s) => s.deskFriendly)).toBe(true);
    expect(morning && routineStretches(morning)[0]?.place).toBe('floor-or-bed');
  });
});

describe('article', () => {
  it('has every section, in order, with a title and text', () => {
    expect(articleSections.map((s) => s.id)).toEqual(SECTION_ORDER);
    for (const s of articleSections) {
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.blocks.length, s.id).toBeGreaterThan(0);
      for (const b of s.blocks) {
        expect(blockText(b).trim(), s.id).not.toBe('');
        if (b.kind === 'list') for (const i of b.items) expect(i.text.trim(), s.id).not.toBe('');
      }
    }
  });

  it('marks added guidance where the source had none', () => {
    for (const id of ['causes', 'risk-factors', 'prevention', 'see-a-doctor'] as const) {
      const section = articleSections.find((s) => s.id === id);
      const marked = section?.blocks.some((b) => b.kind === 'list' && (b.general || b.items.some((i) => i.general)));
      expect(marked, id).toBe(true);
    }
  });

  it('keeps the article’s facts exact', () => {
    expect(sectionText('stretching')).toContain('American College of Sports Medicine recommends 150 minutes of aerobic activity every week');
    expect(sectionText('stretching')).toMatch(/stretching and strengthening exercises on at least 2 to 3 days a week/);
    expect(sectionText('stretching')).toMatch(/physician or a physiotherapist/);
    expect(sectionText('stretching')).toMatch(/more harm than good/);
    expect(sectionText('treatment')).toMatch(/acetaminophen[^.]*pain, and ibuprofen relieves inflammation/);
    expect(sectionText('treatment')).toMatch(/only after a doctor/);
    expect(sectionText('treatment')).toMatch(/rare cases[^.]*tumour, an injury to the spine, or vertebral fractures[^.]*constant pain/);
    expect(sectionText('symptoms')).toMatch(/eases as the day goes on/);
    expect(sectionText('symptoms')).toMatch(/comes back after the next night of sleep/);
    expect(sectionText('overview')).toMatch(/injury, overuse and poor posture/);
    expect(sectionText('overview')).toMatch(/within a few days or weeks/);
    // The source says "some of its types", not many.
    expect(sectionText('prevention')).toMatch(/some types can be treated well/);
  });

  it('lists every red flag under "When to see a doctor" and states the disclaimer', () => {
    for (const flag of redFlags) expect(sectionText('see-a-doctor')).toContain(flag);
    expect(redFlags.join(' ')).toMatch(/fall or an injury/);
    expect(redFlags.join(' ')).toMatch(/bladder or bowel/);
    expect(redFlags.join(' ')).toMatch(/fever/);
    expect(redFlags.join(' ')).toMatch(/few weeks/);
    expect(redFlags.join(' ')).toMatch(/night/);
    expect(disclaimer).toMatch(/^Limber is not medical advice/);
  });

  it('reads at about a 12-year-old’s level', () => {
    expect(gradeLevel(allArticleText)).toBeLessThanOrEqual(8.5);
  });
});

/** Flesch–Kincaid grade level with a rough syllable count: good enough to catch drift into jargon. */
function gradeLevel(text: string): number {
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const sentenceCount = text.split(/[.!?:\n]+/).filter((s) => /[A-Za-z]/.test(s)).length;
  const syllables = words.reduce((n, w) => n + Math.max(1, (w.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length), 0);
  return 0.39 * (words.length / sentenceCount) + 11.8 * (syllables / words.length) - 15.59;
}
