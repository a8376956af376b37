// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { scanBlock, type Block, type BlockMatch } from '../../../src/content/blocks';
import { compileMatcher } from '../../../src/content/matcher';
import { firstOccurrences } from '../../../src/content/first-occurrences';

const matcher = compileMatcher([
  { id: 'sciatica', forms: ['sciatica'] },
  { id: 'ibuprofen', forms: ['ibuprofen'] },
]);

interface Entry {
  readonly name: string;
  readonly target: Element;
  readonly matches: readonly BlockMatch[];
}

/** Entries as the highlighter keeps them: one per block with terms, its own text read. */
function entriesOf(html: string, hidden: string[] = []): Entry[] {
  // Test fixture only: building the DOM under test from markup.
  document.body.innerHTML = html;
  const entries: Entry[] = [];
  for (const element of document.body.querySelectorAll('[data-name]')) {
    // happy-dom lays nothing out: the test says which blocks are not rendered.
    (element as Element & { checkVisibility: () => boolean }).checkVisibility = () => !hidden.includes(element.getAttribute('data-name') ?? '');
    const block: Block = element;
    const matches = scanBlock(block, matcher);
    if (matches.length > 0) entries.push({ name: element.getAttribute('data-name') ?? '', target: element, matches });
  }
  return entries;
}

const owners = (entries: Entry[]) => Object.fromEntries([...firstOccurrences(entries)].map(([id, entry]) => [id, entry.name]));

describe('first occurrence of each term', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('is the first in reading order, whatever order the blocks were read in', () => {
    const entries = entriesOf('<p data-name="a">Sciatica here.</p><p data-name="b">Sciatica and ibuprofen.</p>');
    expect(owners(entries)).toEqual({ sciatica: 'a', ibuprofen: 'b' });
    expect(owners([...entries].reverse())).toEqual({ sciatica: 'a', ibuprofen: 'b' });
  });

  it("is a section's heading, not the section's own text after it", () => {
    const entries = entriesOf('<div data-name="section"><h2 data-name="heading">Sciatica</h2>Sciatica is pain along the nerve.</div>');
    expect(entries.map((e) => e.name).sort()).toEqual(['heading', 'section']);
    expect(owners(entries)).toEqual({ sciatica: 'heading' });
  });

  it('is the first one a reader can see: one in a closed FAQ or a hidden menu comes later', () => {
    const html = '<p data-name="menu">Sciatica, ibuprofen</p><p data-name="faq">Sciatica</p><p data-name="text">Ibuprofen and sciatica.</p>';
    expect(owners(entriesOf(html, ['menu', 'faq']))).toEqual({ sciatica: 'text', ibuprofen: 'text' });
    expect(owners(entriesOf(html, ['menu']))).toEqual({ sciatica: 'faq', ibuprofen: 'text' });
  });

  it('is the first in the page when no occurrence is visible', () => {
    expect(owners(entriesOf('<p data-name="a">Sciatica</p><p data-name="b">sciatica</p>', ['a', 'b']))).toEqual({ sciatica: 'a' });
  });
});
