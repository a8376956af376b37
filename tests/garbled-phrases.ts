/**
 * Phrases from the machine-garbled seed article (synonym spinning) that must
 * never reach a user: tests scan the knowledge base and the built dist/ for
 * them. Each entry is what the spinner wrote; the comment says what it meant.
 * Entries are specific enough not to occur in ordinary text or code.
 */
export const garbledPhrases: readonly string[] = [
  // The article body.
  'inclemency', // stiffness
  'rigourousness', // stiffness
  'rigorousness', // stiffness
  'back rigour', // back stiffness
  'after kip', // after sleeping
  'log z', // sleep ("log Z's")
  'tissue paper', // (muscle) tissue
  'changeless', // constant (ache)
  'needlelike', // sharp (pain)
  'results from hurt', // results from injury
  'military capability', // posture
  'serious status', // serious condition
  'stiffness pass with', // stiffness occurs with
  'harshness', // rigidity
  'unfitness', // inability (to sleep)
  'stiffness concentrate', // stiffness lessens
  'o.k. prior', // fine before (bedtime)
  'uncouth', // common
  'pillow slip', // cases
  'stimulate by joint', // caused by joint (problems)
  'treatments deviate', // treatments vary
  'estrus', // heat
  'ice lotion', // ice application
  'music such as', // medicines such as
  'deal pain', // treat pain
  'relief from redness', // relief from inflammation
  'medico', // doctor
  'rest measures', // relief measures
  'long full term', // long-term
  'preclude severity', // prevent worsening
  'future tense', // the future
  'operating theatre', // surgery
  'rarefied', // rare
  'neoplasm', // tumor
  'spine harm', // spine injury
  'residuum', // (muscle) balance
  'compounding of', // combination of
  'everyday keep', // everyday life
  'admit aerobic', // include aerobic
  'wooden leg', // leg (raises)
  'acclivity', // raise
  'mexican valium', // (abdominal) crunches
  'compaction', // crunches
  'seaworthiness', // stability
  'ball wrap', // ball roll
  'testis', // ball ("fitness testis")
  'shimmy', // shift ("hip shimmy")
  'been notify', // been advised
  'forcible natural process', // physical activity
  'constriction', // tightness
  'acantha', // spine ("lumbar acantha")
  'develop survival', // build endurance
  'beef up', // strengthen
  'any utilization', // any exercise
  'confabulate', // consult
  'which i are', // which ones are
  'long terminus', // long-term
  'without misery', // without suffering
  'supply relief', // provide relief
  // The publisher's boilerplate around it.
  'aesculapian', // medical
  'potential truth', // possible accuracy
  'editorial insurance', // editorial policy
  'zero-margin', // zero-tolerance
  'margin insurance', // tolerance policy
  'tier of plagiarism', // level of plagiarism
  'hold in scientific', // contain scientific (references)
  'in the aside', // in the brackets
  'match-reviewed', // peer-reviewed
  'feedback connection', // feedback link
  'this clause helpful', // this article helpful
  'account capacity', // report content
  'confutative', // questionable
  'also register', // also read
];

/** Escapes a phrase for a RegExp; spaces and hyphens match any run of spaces or dashes ("zero - margin"). */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u00a0\\-\\u2010-\\u2015]+');
}

/** Word-ish, case-insensitive: a phrase counts only when no letter touches either end ("medico" but not "medicolegal"). */
const GARBLED = new RegExp(`(?<![\\p{L}])(?:${garbledPhrases.map(phrasePattern).join('|')})(?![\\p{L}])`, 'giu');

/** The garbled phrases found in `text`, as written there. */
export function findGarbledPhrases(text: string): string[] {
  return [...text.matchAll(GARBLED)].map((m) => m[0]);
}

export default garbledPhrases;
