// @vitest-environment happy-dom
/**
 * The page reader (tree-reader.ts) must find exactly what reading every block
 * exactly (blocks.ts) finds: the same terms at the same places, on every
 * structure: inline and block elements, breaks, skipped regions, terms split
 * across nodes, words split across nodes. Fixed cases first, then thousands
 * of random pages compared with the exact reading.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { scanBlock, type Block, type BlockMatch } from '../../../src/content/blocks';
import { compileMatcher } from '../../../src/content/matcher';
import { createTextReader } from '../../../src/content/tree-reader';

const matcher = compileMatcher([
  { id: 'lower-back-pain', forms: ['lower back pain'] },
  { id: 'back-pain', forms: ['back pain', 'backache'] },
  { id: 'lower-back', forms: ['lower back'] },
  { id: 'sciatica', forms: ['sciatica'] },
  { id: 'herniated-disc', forms: ['herniated disc', 'slipped disc'] },
  { id: 'childs-pose', forms: ["child's pose"] },
  { id: 'spine', forms: ['spine'] },
]);

function describeMatch(m: BlockMatch): string {
  const range = document.createRange();
  range.setStart(m.nodes[0] as Text, m.startOffset);
  range.setEnd(m.nodes[m.nodes.length - 1] as Text, m.endOffset);
  const where = (m.nodes[0] as Text).parentElement?.closest('[id]')?.id ?? '';
  return `${where}:${range.toString()}=${m.id}@${m.startOffset}`;
}

/** The exact reading: every block's own text, recursively, with blocks.ts. */
function exact(root: Block): string[] {
  const out: string[] = [];
  const queue: Block[] = [root];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const m of scanBlock(next, matcher, (nested) => queue.push(nested))) out.push(describeMatch(m));
  }
  return out.sort();
}

/** The page reader, with unsure blocks read exactly (as the highlighter does). */
function fast(root: Block, slices = false, noShadowYet: Element[] = []): { found: string[]; unsure: number } {
  const byBlock = new Map<Block, BlockMatch[]>();
  const unsure = new Set<Block>();
  const reader = createTextReader(matcher, {
    found: (block, matches) => byBlock.set(block, [...(byBlock.get(block) ?? []), ...matches]),
    unsure: (block) => unsure.add(block),
    rereading: () => undefined,
    shadowRoot: (shadow) => reader.add(shadow),
    noShadowYet: (element) => noShadowYet.push(element),
  });
  reader.add(root);
  let calls = 0;
  // With `slices`, the clock says "no time" every other look, so reading stops and resumes often.
  while (!reader.step(() => !slices || ++calls % 2 === 0));
  for (const block of unsure) byBlock.set(block, scanBlock(block, matcher));
  return { found: [...byBlock.values()].flat().map(describeMatch).sort(), unsure: unsure.size };
}

function page(html: string): HTMLElement {
  // Test fixtures only: building the DOM under test from markup.
  document.body.innerHTML = html;
  return document.body;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the page reader finds what an exact reading finds', () => {
  const cases = [
    '<p>Lower <b>back</b> pain</p>',
    '<p><em>lower back</em> pain</p>',
    '<p>low<b>er back pain</b></p>',
    '<p>sci<b>atica</b> and <i>S</i>ciatica</p>',
    '<div>lower<br>back pain</div>',
    '<div>lower <img alt="">back pain</div>',
    '<ul><li>lower back</li><li>pain</li></ul>',
    '<p>sciatica</p><p>sciatica</p>',
    '<div>abc<p>sciatica</p>def</div>',
    '<p>before <code>sciatica</code> after sciatica</p>',
    '<p>x<script>var sciatica = "back pain";</script>y back pain</p>',
    '<style>.sciatica{}</style><p>spine</p>',
    '<div contenteditable="true"><p>sciatica</p></div><p>sciatica</p>',
    '<p>child<b>\u2019s</b> pose, child\u2019s pose</p>',
    '<p>backache<span>s</span> and back<span>ache</span></p>',
    '<textarea>sciatica</textarea><button>spine</button><p>spine</p>',
    '<p id="a">herniated</p><p id="b">disc</p><p>herniated <a href="#">disc</a></p>',
    '<p>abc<b>sciatica</b> and more</p>',
    '<p><b>x</b>spine here</p>',
    '<p>the spine<b>less</b> one</p>',
    '<p><i>spine</i>s</p>',
  ];
  it.each(cases)('%s', (html) => {
    const root = page(html);
    expect(fast(root).found).toEqual(exact(root));
  });

  it('reads terms inside one text node without reading the block again', () => {
    const root = page('<article><p>My sciatica and a slipped disc.</p><p>More on lower back pain here.</p></article>');
    expect(fast(root)).toEqual({ found: exact(root), unsure: 0 });
  });

  it('reads open shadow roots of custom elements', () => {
    const root = page('<p>spine</p><x-card></x-card>');
    const host = root.querySelector('x-card') as Element;
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: 'sciatica in a shadow' }));
    expect(fast(root).found).toEqual([':sciatica=sciatica@0', ':spine=spine@0']);
  });

  it('reads open shadow roots of built-in hosts, nested ones and the root itself, but not closed ones', () => {
    const root = page('<p>spine</p><div id="host"></div><section><span id="inline">light</span></section><p id="closed"></p>');
    const shadow = (host: Element, text: string, mode: ShadowRootMode = 'open'): ShadowRoot => {
      const inner = host.attachShadow({ mode });
      inner.append(Object.assign(document.createElement('p'), { textContent: text }));
      return inner;
    };
    const outer = shadow(root.querySelector('#host') as Element, 'sciatica in a div');
    const nested = outer.appendChild(document.createElement('div'));
    shadow(nested, 'lower back pain, nested');
    shadow(root.querySelector('#inline') as Element, 'a slipped disc on a span');
    shadow(root.querySelector('#closed') as Element, 'sciatica behind a closed root', 'closed');
    expect(fast(root).found).toEqual([':lower back pain=lower-back-pain@0', ':sciatica=sciatica@0', ':slipped disc=herniated-disc@2', ':spine=spine@0']);
    // A subtree queued on its own (as an added element is) whose root is itself a host.
    const alone = document.createElement('article');
    shadow(alone, 'backache');
    root.append(alone);
    expect(fast(alone).found).toEqual([':backache=back-pain@0']);
    // And one that holds a host (the page's body is read another way).
    const post = document.createElement('section');
    shadow(post.appendChild(document.createElement('div')), 'sciatica in a post');
    root.append(post);
    expect(fast(post).found).toEqual([':sciatica=sciatica@0']);
  });

  it('finds every open shadow root of a page with thousands of elements when reading stops and resumes often', () => {
    const root = page(Array.from({ length: 3000 }, (_, i) => `<div id="d${i}"><span>plain ${i}</span></div>`).join(''));
    for (const i of [1500, 2999]) {
      const host = root.querySelector(`#d${i}`) as Element;
      host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: `sciatica ${i}` }));
    }
    expect(fast(root, true).found).toEqual([':sciatica=sciatica@0', ':sciatica=sciatica@0']);
  });

  it('tells which custom elements have no shadow root yet (the page may define them later)', () => {
    const root = page('<x-later></x-later><x-ready></x-ready><div></div><p><y-later>text</y-later></p>');
    (root.querySelector('x-ready') as Element).attachShadow({ mode: 'open' });
    const waiting: Element[] = [];
    fast(root, false, waiting);
    expect(waiting.map((el) => el.localName).sort()).toEqual(['x-later', 'y-later']);
  });

  it('finds the same when reading stops and resumes after every few nodes', () => {
    const root = page(Array.from({ length: 300 }, (_, i) => `<p id="p${i}">line ${i}: lower <b>back</b> pain, sciatica${i % 7 === 0 ? '<br>' : ' '}spine</p>`).join(''));
    expect(fast(root, true).found).toEqual(exact(root));
  });
});

describe('subtrees read together', () => {
  it('reports a term once when a queued subtree lies inside another one read in the same chunk', () => {
    const root = page('<article id="post"><p id="a">Her sciatica here.</p><p id="b">And a slipped disc.</p></article>');
    const reports: string[] = [];
    const reader = createTextReader(matcher, {
      found: (_block, matches) => reports.push(...matches.map(describeMatch)),
      unsure: () => undefined,
      rereading: () => undefined,
      shadowRoot: () => undefined,
      noShadowYet: () => undefined,
    });
    // As the highlighter queues them: the added post, then a paragraph added inside it in the same task.
    reader.add(root.querySelector('#post') as Element);
    reader.add(root.querySelector('#b') as Element);
    while (!reader.step(() => true));
    expect(reports.sort()).toEqual(['a:sciatica=sciatica@4', 'b:slipped disc=herniated-disc@6']);
  });
});

describe('on random pages', () => {
  const WORDS = ['lower', 'back', 'pain', 'sciatica', 'spine', 'slipped', 'disc', 'herniated', "child's", 'pose', 'backache', 'the', 'a', 'and', 'spines', 'xback', 'low', 'er', 'sci', 'atica', '.', ',', '-'];
  const INLINE = ['b', 'i', 'em', 'span', 'a'];
  const BLOCK = ['p', 'div', 'li', 'section'];
  const VOID = ['<br>', '<img alt="">'];
  const SKIPPED = ['code', 'script', 'button', 'pre'];

  function random(seed: number): () => number {
    let s = seed;
    return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  }

  function html(rand: () => number, depth: number): string {
    let out = '';
    const n = 1 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) {
      const r = rand();
      const word = WORDS[Math.floor(rand() * WORDS.length)] ?? '';
      const gap = rand() < 0.7 ? ' ' : rand() < 0.5 ? '' : '\n';
      if (r < 0.45 || depth > 3) out += word + gap;
      else if (r < 0.65) {
        const tag = INLINE[Math.floor(rand() * INLINE.length)] ?? 'b';
        out += `<${tag}>${html(rand, depth + 1)}</${tag}>${gap}`;
      } else if (r < 0.8) {
        const tag = BLOCK[Math.floor(rand() * BLOCK.length)] ?? 'p';
        out += `<${tag}>${html(rand, depth + 1)}</${tag}>`;
      } else if (r < 0.9) out += VOID[Math.floor(rand() * VOID.length)] ?? '';
      else {
        const tag = SKIPPED[Math.floor(rand() * SKIPPED.length)] ?? 'code';
        out += `<${tag}>${word}</${tag}>${gap}`;
      }
    }
    return out;
  }

  it('agrees with the exact reading on 1500 random pages', () => {
    const rand = random(7);
    const disagreements: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const markup = html(rand, 0);
      const root = page(markup);
      const want = exact(root);
      const got = fast(root, i % 2 === 1).found;
      if (JSON.stringify(got) !== JSON.stringify(want)) disagreements.push(`${markup}\n  want ${want.join(' | ')}\n  got  ${got.join(' | ')}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
