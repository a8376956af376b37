import { describe, expect, it } from 'vitest';
import { compileMatcher, isWordCodePoint, normaliseForm, type MatcherTerm } from '../../../src/content/matcher';

/** A small glossary with the shapes the real one has: multi-word, hyphens, apostrophes, nesting. */
const TERMS: MatcherTerm[] = [
  { id: 'lower-back-pain', forms: ['lower back pain', 'low back pain', 'low-back pain'] },
  { id: 'lower-back', forms: ['lower back'] },
  { id: 'back-pain', forms: ['back pain', 'backache', 'backaches', 'back ache'] },
  { id: 'spine', forms: ['spine', 'spines', 'spinal column', "spine's"] },
  { id: 'disc', forms: ['disc', 'discs', 'disk', 'disks'] },
  { id: 'herniated-disc', forms: ['herniated disc', 'slipped disc', 'bulging disc', 'herniated discs', 'slipped disk'] },
  { id: 'sciatica', forms: ['sciatica'] },
  { id: 'x-ray', forms: ['x-ray', 'x-rays'] },
  { id: 'physiotherapy', forms: ['physiotherapy', 'physical therapy', "physio's advice"] },
  { id: 'childs-pose', forms: ["child's pose"] },
  { id: 'nsaid', forms: ['nsaid', 'nsaids', 'anti-inflammatory drugs'] },
  { id: 'l5-s1', forms: ['l5-s1'] },
  { id: 'core-muscles', forms: ['core muscles'] },
  { id: 'paracetamol', forms: ['paracetamol', 'acetaminophen'] },
  { id: 'tumour', forms: ['tumour', 'tumor', 'tumours', 'tumors'] },
  { id: 'cafe', forms: ['café posture'] },
];

const matcher = compileMatcher(TERMS);

/** The matched substrings with their ids, for readable expectations. */
function found(text: string): string[] {
  return matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);
}

describe('whole words only', () => {
  const none: string[] = [
    'spineless',
    'the spineless jellyfish',
    'discount',
    'a discounted price',
    'discotheque',
    'backpack',
    'backpacks and backpacking',
    'backaches2',
    'misc',
    'xdisc',
    'disco',
    'sciaticas',
    'nonsciatica',
    'spine1',
    '1spine',
    'spineé',
    'éspine',
    'spin',
    'spinal',
    'lower backs',
    'tumoural',
    'tumorous',
    'paracetamols',
    'hyperparacetamol',
    'nsaidx',
    'l5-s12',
    'xl5-s1',
    'core muscle',
    'coremuscles',
    'physiotherapyst',
    'discé',
    'disc\u0301', // combining acute accent: part of the word
    'ιdisc',
    'дdisc',
    'disc日',
    '日disc',
    'disc١', // Arabic-Indic digit
    'childs pose',
    '',
    ' ',
    'back',
    'pain',
    'ache',
    'herniated',
  ];
  it.each(none)('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  const single: [string, string][] = [
    ['spine', 'spine=spine'],
    ['my spine hurts', 'spine=spine'],
    ['spine.', 'spine=spine'],
    ['(spine)', 'spine=spine'],
    ['"spine"', 'spine=spine'],
    ['spine,', 'spine=spine'],
    ['spine!', 'spine=spine'],
    ['spine?', 'spine=spine'],
    ['spine;', 'spine=spine'],
    ['spine:', 'spine=spine'],
    ['[spine]', 'spine=spine'],
    ['{spine}', 'spine=spine'],
    ['«spine»', 'spine=spine'],
    ['„spine“', 'spine=spine'],
    ['spine/back', 'spine=spine'],
    ['spine_', 'spine=spine'],
    ['_spine', 'spine=spine'],
    ['spine…', 'spine=spine'],
    ['spine—and', 'spine=spine'],
    ['spine–and', 'spine=spine'],
    ['#spine', 'spine=spine'],
    ['@spine', 'spine=spine'],
    ['spine\n', 'spine=spine'],
    ['\tspine', 'spine=spine'],
    ['spines', 'spines=spine'],
    ["spine's", "spine's=spine"],
    ['spine’s', 'spine’s=spine'],
    ['spineʼs', 'spineʼs=spine'],
    ['disc', 'disc=disc'],
    ['discs', 'discs=disc'],
    ['disk', 'disk=disc'],
    ['disks', 'disks=disc'],
    ['backache', 'backache=back-pain'],
    ['backaches', 'backaches=back-pain'],
    ['sciatica', 'sciatica=sciatica'],
    ['x-ray', 'x-ray=x-ray'],
    ['x-rays', 'x-rays=x-ray'],
    ['x ray', 'x ray=x-ray'],
    ['x‐ray', 'x‐ray=x-ray'], // U+2010 hyphen
    ['x‑ray', 'x‑ray=x-ray'], // U+2011 non-breaking hyphen
    ['x\u00a0ray', 'x\u00a0ray=x-ray'],
    ['nsaid', 'nsaid=nsaid'],
    ['NSAIDs', 'NSAIDs=nsaid'],
    ['l5-s1', 'l5-s1=l5-s1'],
    ['L5-S1', 'L5-S1=l5-s1'],
    ['L5 S1', 'L5 S1=l5-s1'],
    ['paracetamol', 'paracetamol=paracetamol'],
    ['acetaminophen', 'acetaminophen=paracetamol'],
    ['tumour', 'tumour=tumour'],
    ['tumors', 'tumors=tumour'],
    ['café posture', 'café posture=cafe'],
    ['CAFÉ POSTURE', 'CAFÉ POSTURE=cafe'],
    ['core muscles', 'core muscles=core-muscles'],
    ['physiotherapy', 'physiotherapy=physiotherapy'],
    ['physical therapy', 'physical therapy=physiotherapy'],
    ["physio's advice", "physio's advice=physiotherapy"],
    ['physio’s advice', 'physio’s advice=physiotherapy'],
    ['physio‘s advice', 'physio‘s advice=physiotherapy'],
    ['physio`s advice', 'physio`s advice=physiotherapy'],
    ["child's pose", "child's pose=childs-pose"],
    ['child’s pose', 'child’s pose=childs-pose'],
    ['CHILD’S POSE', 'CHILD’S POSE=childs-pose'],
    ['anti-inflammatory drugs', 'anti-inflammatory drugs=nsaid'],
    ['anti inflammatory drugs', 'anti inflammatory drugs=nsaid'],
    ['anti-\ninflammatory drugs', 'anti-\ninflammatory drugs=nsaid'],
  ];
  it.each(single)('finds one term in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

describe('case', () => {
  const cases = ['SPINE', 'Spine', 'sPiNe', 'SCIATICA', 'Sciatica', 'BACKACHE', 'Lower Back Pain', 'LOWER BACK PAIN', 'lOwEr BaCk PaIn'];
  it.each(cases)('matches %j regardless of case', (text) => {
    expect(matcher.find(text)).toHaveLength(1);
    expect(matcher.find(text)[0]).toMatchObject({ start: 0, end: text.length });
  });
});

describe('longest match wins, leftmost first, never overlapping', () => {
  const table: [string, string[]][] = [
    ['lower back pain', ['lower back pain=lower-back-pain']],
    ['lower back', ['lower back=lower-back']],
    ['lower back painful', ['lower back=lower-back']],
    ['lower back pains', ['lower back=lower-back']],
    ['my lower back pain is bad', ['lower back pain=lower-back-pain']],
    ['back pain', ['back pain=back-pain']],
    ['low back pain', ['low back pain=lower-back-pain']],
    ['low-back pain', ['low-back pain=lower-back-pain']],
    ['low back', []],
    ['lower-back pain', ['lower-back pain=lower-back-pain']],
    ['lower  back   pain', ['lower  back   pain=lower-back-pain']],
    ['lower\u00a0back\u00a0pain', ['lower\u00a0back\u00a0pain=lower-back-pain']],
    ['lower\nback\npain', ['lower\nback\npain=lower-back-pain']],
    ['lower\tback pain', ['lower\tback pain=lower-back-pain']],
    ['lower\u2009back pain', ['lower\u2009back pain=lower-back-pain']], // thin space
    ['lower\u3000back pain', ['lower\u3000back pain=lower-back-pain']],
    ['herniated disc', ['herniated disc=herniated-disc']],
    ['herniated discs', ['herniated discs=herniated-disc']],
    ['herniated disk', ['disk=disc']],
    ['slipped disk', ['slipped disk=herniated-disc']],
    ['a slipped disc and a disc', ['slipped disc=herniated-disc', 'disc=disc']],
    ['disc disc disc', ['disc=disc', 'disc=disc', 'disc=disc']],
    ['spine spines spine', ['spine=spine', 'spines=spine', 'spine=spine']],
    ['spinal column', ['spinal column=spine']],
    ['spinal columns', []],
    ['back pain and lower back pain and backache', ['back pain=back-pain', 'lower back pain=lower-back-pain', 'backache=back-pain']],
    ['back ache', ['back ache=back-pain']],
    ['the lower back pain-free days', ['lower back pain=lower-back-pain']],
    ['lowerback pain', []],
    ['slower back pain', ['back pain=back-pain']],
    ['lower backpain', []],
    ['lower back-pain', ['lower back-pain=lower-back-pain']],
    ['lower back—pain', ['lower back=lower-back']],
    ['lower back. Pain', ['lower back=lower-back']],
    ['lower back, pain', ['lower back=lower-back']],
    ['x-ray x ray xray', ['x-ray=x-ray', 'x ray=x-ray']],
  ];
  it.each(table)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('offsets', () => {
  it('reports UTF-16 offsets into the original text', () => {
    const text = '😀 my spine 😀 and sciatica';
    const matches = matcher.find(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['spine', 'sciatica']);
    expect(matches[0]?.start).toBe(text.indexOf('spine'));
  });

  it('handles emoji right beside a term as a boundary', () => {
    expect(found('😀spine😀')).toEqual(['spine=spine']);
    expect(found('spine🦴')).toEqual(['spine=spine']);
  });

  it('treats astral letters beside a term as part of the word', () => {
    expect(found('𝐀spine')).toEqual([]); // MATHEMATICAL BOLD CAPITAL A is a letter
    expect(found('spine𝐀')).toEqual([]);
    expect(found('𠀀spine')).toEqual([]); // CJK Extension B
  });

  it('finds terms in right-to-left text and mixed scripts', () => {
    expect(found('אני סובל מ sciatica כבר שבוע')).toEqual(['sciatica=sciatica']);
    expect(found('ألم sciatica في الظهر')).toEqual(['sciatica=sciatica']);
    expect(found('\u202bsciatica\u202c')).toEqual(['sciatica=sciatica']);
    expect(found('\u200fspine\u200f')).toEqual(['spine=spine']);
    expect(found('Боль в spine')).toEqual(['spine=spine']);
    expect(found('背中spine')).toEqual([]);
  });

  it('keeps offsets true when lower-casing would change the length (İ)', () => {
    const text = 'İstanbul: SCIATICA and a Slipped Disc, İ';
    expect(found(text)).toEqual(['SCIATICA=sciatica', 'Slipped Disc=herniated-disc']);
    expect(found('İspine')).toEqual([]);
    expect(found('İ spine İ')).toEqual(['spine=spine']);
  });

  it('matches letters whose lower case is a plain letter (Kelvin sign K)', () => {
    const kelvin = compileMatcher([{ id: 'k', forms: ['knee hug'] }]);
    expect(kelvin.find('\u212Anee hug').map((m) => m.id)).toEqual(['k']);
  });

  it('finds every occurrence in a long text', () => {
    const text = 'Sciatica and backache. '.repeat(2000);
    const matches = matcher.find(text);
    expect(matches).toHaveLength(4000);
    for (const m of matches) expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^(sciatica|backache)$/);
  });

  it('is reusable: a second search starts from the beginning', () => {
    expect(found('spine')).toEqual(['spine=spine']);
    expect(found('spine')).toEqual(['spine=spine']);
    matcher.find('a very long text with sciatica');
    expect(found('disc')).toEqual(['disc=disc']);
  });
});

describe('compiling', () => {
  it('gives nothing for an empty glossary', () => {
    const empty = compileMatcher([]);
    expect(empty.find('spine')).toEqual([]);
    expect(empty.formCount).toBe(0);
  });

  it('escapes characters that mean something in a regular expression', () => {
    const odd = compileMatcher([
      { id: 'a', forms: ['c++ spine'] },
      { id: 'b', forms: ['(disc)'] },
      { id: 'c', forms: ['a.b'] },
      { id: 'd', forms: ['x|y'] },
      { id: 'e', forms: ['[l4]'] },
    ]);
    expect(odd.find('c++ spine').map((m) => m.id)).toEqual(['a']);
    expect(odd.find('a.b axb').map((m) => m.id)).toEqual(['c']);
    expect(odd.find('x|y x y').map((m) => m.id)).toEqual(['d']);
    expect(odd.find('[l4] l4').map((m) => m.id)).toEqual(['e']);
  });

  it('keeps the first concept when two list the same form, and counts normalised forms', () => {
    const twice = compileMatcher([
      { id: 'first', forms: ['x-ray', 'x ray'] },
      { id: 'second', forms: ['X-Ray'] },
    ]);
    expect(twice.formCount).toBe(1);
    expect(twice.find('x-ray')[0]?.id).toBe('first');
  });

  it('normalises forms to one key for every spelling of separators and apostrophes', () => {
    expect(normaliseForm("Child's  Pose")).toBe(normaliseForm('child’s\u00a0pose'));
    expect(normaliseForm('low-back pain')).toBe(normaliseForm('low back\npain'));
    expect(normaliseForm(' spine ')).toBe('spine');
  });

  it('ignores empty forms', () => {
    const m = compileMatcher([{ id: 'x', forms: ['', ' ', 'spine'] }]);
    expect(m.formCount).toBe(1);
    expect(m.find(' spine ').map((x) => x.id)).toEqual(['x']);
  });
});

describe('the fast path agrees with exact Unicode word boundaries', () => {
  const after: [string, string[]][] = [
    ['sciatica\u2113', []], // ℓ SCRIPT SMALL L: a letter the fast pattern does not know
    ['spine\u2113', []],
    ['spines\u2113', []],
    ['lower back pain\u2113', ['lower back=lower-back']],
    ['lower back pain𝐀', ['lower back=lower-back']],
    ['spine𝐀 spine', ['spine=spine']],
    ['sciatica\u060c', ['sciatica=sciatica']], // Arabic comma
    ['sciatica\u0964', ['sciatica=sciatica']], // Devanagari danda
    ['sciatica\u2026', ['sciatica=sciatica']],
    ['sciatica\u00d7', ['sciatica=sciatica']], // ×
    ['sciatica\u0e01', []], // Thai letter
    ['sciatica\u0915', []], // Devanagari letter
    ['sciatica\u0967', []], // Devanagari digit
    ['sciatica\u1100', []], // Hangul Jamo
  ];
  it.each(after)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('tells letters, digits and marks from the rest exactly, on every code point', () => {
    const exact = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (isWordCodePoint(cp) !== exact.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('agrees with a brute-force reference on random text', () => {
  const WORD = /[\p{L}\p{N}\p{M}]/u;
  const isWord = (text: string, i: number): boolean => {
    if (i < 0 || i >= text.length) return false;
    const cp = text.codePointAt(i) ?? 0;
    const prev = i > 0 ? (text.codePointAt(i - 1) ?? 0) : 0;
    return WORD.test(String.fromCodePoint(prev > 0xffff ? prev : cp));
  };
  const forms = TERMS.flatMap((t) => t.forms.map((f) => ({ key: normaliseForm(f), id: t.id })));
  /** At each word start, the longest form whose normalised text equals a prefix ending at a word end. */
  function reference(text: string): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      let best: { end: number; id: string } | undefined;
      if (!isWord(text, i - 1)) {
        for (let end = text.length; end > i; end--) {
          if (isWord(text, end) || (end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff)) continue;
          const piece = text.slice(i, end);
          if (/^[\s\u2010\u2011-]|[\s\u2010\u2011-]$/u.test(piece)) continue;
          const key = normaliseForm(piece);
          const hit = forms.find((f) => f.key === key);
          if (hit) {
            best = { end, id: hit.id };
            break;
          }
        }
      }
      if (best) {
        out.push(`${text.slice(i, best.end)}=${best.id}`);
        i = best.end;
      } else i++;
    }
    return out;
  }
  const pieces = ['lower', 'back', 'pain', 'spine', 'spines', 'sciatica', 'disc', 'slipped', 'herniated', 'x', 'ray', "child's", 'pose', 'core', 'muscles',
    ' ', ' ', '  ', '-', '\u00a0', '\n', ',', '.', '’', 'é', 'ℓ', '𝐀', '😀', 'a', 'S', 'LOWER', 'Back', 'İ', '1', 'ב', '\u0301'];
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const texts = Array.from({ length: 300 }, () => Array.from({ length: 3 + rand(12) }, () => pieces[rand(pieces.length)]).join(''));
  it.each(texts)('%j', (text) => {
    expect(found(text)).toEqual(reference(text));
  });
});
