// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockElement, blockOf, isInSkippedRegion, readsBefore, scanBlock, SKIPPED_TAGS, type Block } from '../../../src/content/blocks';
import { compileMatcher } from '../../../src/content/matcher';

const matcher = compileMatcher([
  { id: 'lower-back-pain', forms: ['lower back pain'] },
  { id: 'back-pain', forms: ['back pain'] },
  { id: 'sciatica', forms: ['sciatica'] },
  { id: 'herniated-disc', forms: ['herniated disc', 'slipped disc'] },
]);

function body(html: string): HTMLElement {
  // Test fixtures only: building the DOM under test from markup.
  document.body.innerHTML = html;
  return document.body;
}

/** Every term found in `block` and, recursively, its nested blocks, as "text=id". */
function readAll(block: Block): string[] {
  const out: string[] = [];
  const queue: Block[] = [block];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    for (const m of scanBlock(next, matcher, (nested) => queue.push(nested))) {
      const range = document.createRange();
      range.setStart(m.nodes[0] as Text, m.startOffset);
      range.setEnd(m.nodes[m.nodes.length - 1] as Text, m.endOffset);
      out.push(`${range.toString()}=${m.id}`);
    }
  }
  return out;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('reading a block as a reader sees it', () => {
  const joined: [string, string[]][] = [
    ['<p>Lower <b>back</b> pain</p>', ['Lower back pain=lower-back-pain']],
    ['<p><em>lower back</em> pain</p>', ['lower back pain=lower-back-pain']],
    ['<p>lower <a href="#"><span>back</span></a> <i>pain</i></p>', ['lower back pain=lower-back-pain']],
    ['<p>lower <!-- note -->back pain</p>', ['lower back pain=lower-back-pain']],
    ['<p>low<b>er back pain</b></p>', ['lower back pain=lower-back-pain']],
    ['<p>sciatica <mark>and</mark> sciatica</p>', ['sciatica=sciatica', 'sciatica=sciatica']],
    ['<p>a <abbr>slipped</abbr> <strong>disc</strong>.</p>', ['slipped disc=herniated-disc']],
    ['<p>lower back<sup>1</sup> pain</p>', []],
    ['<p>scia<wbr>tica</p>', ['sciatica=sciatica']],
    // A ruby annotation (its pronunciation) is not part of the word.
    ['<p><ruby>sciatica<rt>sy-AT-i-ka</rt></ruby> is nerve pain</p>', ['sciatica=sciatica']],
    ['<p>scia<span style="display: inline-block">tica</span></p>', ['sciatica=sciatica']],
  ];
  it.each(joined)('%s', (html, expected) => {
    expect(readAll(body(html))).toEqual(expected);
  });

  const split: [string, string[]][] = [
    ['<div>lower <p>back</p> pain</div>', []],
    ['<div>lower<br>back pain</div>', ['back pain=back-pain']],
    ['<div>lower <br>back pain</div>', ['back pain=back-pain']],
    ['<div>lower <img alt="">back pain</div>', ['back pain=back-pain']],
    ['<ul><li>lower back</li><li>pain</li></ul>', []],
    ['<td>lower back</td><td>pain</td>', []],
    ['<div>lower back <div>pain</div></div>', []],
    ['<p>sciatica</p><p>sciatica</p>', ['sciatica=sciatica', 'sciatica=sciatica']],
    // Inline tags that the page's CSS lays out as blocks (a card title over its text, flex items).
    ['<a href="#"><span style="display: block">Sciatica</span><span style="display: block">Nerve pain</span></a>', ['Sciatica=sciatica']],
    ['<div><span style="display: flex">sciatica</span>sciatica</div>', ['sciatica=sciatica', 'sciatica=sciatica']],
  ];
  it.each(split)('does not join across block boundaries: %s', (html, expected) => {
    expect(readAll(body(html))).toEqual(expected);
  });

  it('reports offsets into the first and last text node of a split term', () => {
    const p = body('<p>My lower <b>back</b> pain is better</p>').firstElementChild as HTMLElement;
    const [m] = scanBlock(p, matcher);
    expect(m?.nodes.map((n) => n.data)).toEqual(['My lower ', 'back', ' pain is better']);
    expect(m?.startOffset).toBe(3);
    expect(m?.endOffset).toBe(5);
  });

  it('reads only its own text, handing nested blocks to the caller', () => {
    const root = body('<div id="outer">sciatica <p id="inner">sciatica</p> and <section><p>sciatica</p></section></div>');
    const outer = root.querySelector('#outer') as Element;
    const nested: Block[] = [];
    expect(scanBlock(outer, matcher, (b) => nested.push(b))).toHaveLength(1);
    expect(nested.map((b) => (b as Element).localName)).toEqual(['p', 'section']);
    expect(scanBlock(outer, matcher)).toHaveLength(1);
  });

  it('finds nested blocks without a matcher', () => {
    const root = body('<span>x <div>sciatica</div></span>');
    const nested: Block[] = [];
    expect(scanBlock(root.firstElementChild as Element, null, (b) => nested.push(b))).toEqual([]);
    expect(nested).toHaveLength(1);
  });
});

describe('places that are never read', () => {
  const tags = [...SKIPPED_TAGS].filter((tag) => !['head', 'title', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'input'].includes(tag));
  it.each(tags)('<%s>', (tag) => {
    const root = body(`<p>before <${tag}>sciatica</${tag}> after</p>`);
    expect(readAll(root)).toEqual([]);
  });

  it('skips template content, svg and math', () => {
    const root = body('<template>sciatica</template><svg><text>sciatica</text></svg><math><mi>sciatica</mi></math><p>sciatica</p>');
    expect(readAll(root)).toEqual(['sciatica=sciatica']);
  });

  it.each(['', 'true', 'plaintext-only', 'TRUE'])('skips contenteditable="%s" and everything in it', (value) => {
    const root = body(`<div contenteditable="${value}"><p>sciatica <b>sciatica</b></p></div><p>sciatica</p>`);
    expect(readAll(root)).toEqual(['sciatica=sciatica']);
  });

  it('reads contenteditable="false"', () => {
    expect(readAll(body('<div contenteditable="false">sciatica</div>'))).toEqual(['sciatica=sciatica']);
  });

  it("skips Limber's own tooltip host", () => {
    expect(readAll(body('<limber-tooltip>sciatica</limber-tooltip>'))).toEqual([]);
  });

  it('knows when a node sits in a skipped region, across shadow roots', () => {
    const root = body('<pre><span id="in-pre">x</span></pre><p id="plain">x</p><code id="host"></code><div id="open"></div>');
    const shadowInCode = (root.querySelector('#host') as Element).attachShadow({ mode: 'open' });
    shadowInCode.append(document.createElement('p'));
    const shadowOpen = (root.querySelector('#open') as Element).attachShadow({ mode: 'open' });
    shadowOpen.append(document.createElement('p'));
    expect(isInSkippedRegion(root.querySelector('#in-pre') as Element)).toBe(true);
    expect(isInSkippedRegion(root.querySelector('#plain') as Element)).toBe(false);
    expect(isInSkippedRegion(shadowInCode.firstChild as Node)).toBe(true);
    expect(isInSkippedRegion(shadowOpen.firstChild as Node)).toBe(false);
    expect(isInSkippedRegion(document.createElement('p'))).toBe(true); // detached
    // A shadow root itself answers as its host does.
    expect(isInSkippedRegion(shadowInCode)).toBe(true);
    expect(isInSkippedRegion(shadowOpen)).toBe(false);
  });

  it('gives the same answers with a memo, and remembers them for the ancestors it walked', () => {
    const root = body('<pre><span id="a">x</span><b id="b">y</b></pre><p id="c"><i id="d">z</i></p>');
    const memo = new Map<Node, boolean>();
    for (const id of ['a', 'b', 'c', 'd']) {
      const el = root.querySelector(`#${id}`) as Element;
      expect(isInSkippedRegion(el, memo)).toBe(isInSkippedRegion(el));
    }
    expect(memo.get(root.querySelector('pre') as Element)).toBe(true);
    expect(memo.get(root.querySelector('#c') as Element)).toBe(false);
    expect(memo.get(document)).toBe(false);
    // A remembered answer is used as it is (the memo lives for one reading slice).
    expect(isInSkippedRegion(root.querySelector('#d') as Element, new Map<Node, boolean>([[root.querySelector('#c') as Element, true]]))).toBe(true);
  });
});

describe('open shadow roots', () => {
  it('hands a shadow root on as a block of its own, read through its host', () => {
    const root = body('<my-card></my-card><p>x</p>');
    const host = root.querySelector('my-card') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'sciatica inside';
    shadow.append(p);
    expect(readAll(root)).toEqual(['sciatica=sciatica']);
    expect(blockElement(shadow)).toBe(host);
    const text = document.createTextNode('direct');
    shadow.append(text);
    expect(blockOf(text)).toBe(shadow);
  });
});

describe('blockOf', () => {
  it('is the nearest ancestor that is not inline', () => {
    const root = body('<div><p id="p">a <b><i id="i">b</i></b></p></div>');
    const i = root.querySelector('#i') as Element;
    expect(blockOf(i.firstChild as Node)).toBe(root.querySelector('#p'));
    expect(blockOf(i)).toBe(root.querySelector('#p'));
    expect(blockOf(root.querySelector('#p') as Element)).toBe(root.querySelector('#p'));
  });
});

describe('reading order across shadow roots', () => {
  it('reads a shadow tree where its host is, whichever tree each node is in', () => {
    const root = body('<p id="first">first</p><div id="host"></div><p id="last">last</p>');
    const host = root.querySelector('#host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">inner</p><span id="deep-host"></span>';
    const deep = (shadow.querySelector('#deep-host') as HTMLElement).attachShadow({ mode: 'open' });
    deep.innerHTML = '<p id="deepest">deepest</p>';
    const first = root.querySelector('#first') as Element;
    const last = root.querySelector('#last') as Element;
    const inner = shadow.querySelector('#inner') as Element;
    const deepest = deep.querySelector('#deepest') as Element;
    const order = [first, host, inner, deepest, last];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(readsBefore(order[i] as Node, order[j] as Node), `${i} before ${j}`).toBe(i < j);
      }
    }
  });
});
