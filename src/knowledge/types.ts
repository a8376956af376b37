/**
 * The shape of everything Limber teaches. The data lives beside this file
 * (glossary, tips, stretches, routines, article sections) and is checked by
 * tests/unit/knowledge/*.test.ts.
 */

/** Anchors of the article page (`article.html#<id>`). */
export type SectionId =
  | 'overview'
  | 'symptoms'
  | 'causes'
  | 'risk-factors'
  | 'treatment'
  | 'exercises'
  | 'stretching'
  | 'prevention'
  | 'see-a-doctor';

export type GlossaryCategory =
  | 'anatomy'
  | 'symptom'
  | 'cause'
  | 'risk-factor'
  | 'condition'
  | 'treatment'
  | 'medication'
  | 'exercise'
  | 'prevention';

export interface GlossaryConcept {
  /** Stable kebab-case id; also the article anchor `#term-<id>`. */
  readonly id: string;
  /** How the term is shown in a tooltip or list ("Herniated disc"). */
  readonly term: string;
  /** Every text form that should match on a page, lower-case. */
  readonly forms: readonly string[];
  readonly category: GlossaryCategory;
  /** Plain-English explanation, at most 240 characters. */
  readonly summary: string;
  readonly section: SectionId;
  readonly tip?: string;
  readonly caution?: string;
  /** For exercise terms: the stretch the guided break page can open on. */
  readonly stretchId?: string;
}

export type TipCategory =
  | 'morning'
  | 'desk-posture'
  | 'sleep-setup'
  | 'movement'
  | 'treatment'
  | 'seek-help';

export interface Tip {
  readonly id: string;
  readonly text: string;
  readonly category: TipCategory;
  readonly section: SectionId;
  /** Limber's own advice, not the source article's: shown with the "General guidance" mark. */
  readonly general: boolean;
}

export type BodyArea = 'lower-back' | 'upper-back' | 'hips' | 'glutes' | 'legs' | 'core' | 'neck-shoulders' | 'whole-body';
/** `floor-or-bed`: lying on your back, which works as well in bed as on the floor. */
export type StretchPlace = 'seated' | 'standing' | 'floor' | 'floor-or-bed';

export interface Stretch {
  readonly id: string;
  readonly name: string;
  /** Short plain steps, in order. */
  readonly steps: readonly string[];
  /** How long the guided page counts down for this stretch, in seconds. */
  readonly durationSec: number;
  /** What to do in that time, e.g. "Hold 20 seconds each side" or "10 slow reps". */
  readonly dose: string;
  readonly areas: readonly BodyArea[];
  readonly place: StretchPlace;
  /** Fits at a desk without lying down. */
  readonly deskFriendly: boolean;
  readonly caution: string;
}

export type RoutineId = 'desk-2' | 'morning-5' | 'full-10';

export interface Routine {
  readonly id: RoutineId;
  readonly name: string;
  readonly description: string;
  /** Stretch ids in order; their durations add up to about `minutes`. */
  readonly stretchIds: readonly string[];
  readonly minutes: number;
}

/** A paragraph or a bulleted list inside an article section. */
export type ArticleBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'list';
      readonly items: readonly { readonly text: string; readonly general?: boolean }[];
      /** The whole list is general guidance, not from the source article. */
      readonly general?: boolean;
    };

export interface ArticleSection {
  readonly id: SectionId;
  readonly title: string;
  readonly blocks: readonly ArticleBlock[];
}
