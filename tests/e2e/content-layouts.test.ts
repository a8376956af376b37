/**
 * Terms on pages whose layout moves, hides or layers them, in real Chromium:
 * a jump far down an article, a carousel scrolled
 * sideways, `display: contents`, a block replaced after load, a modal
 * dialog, a selection dragged across a term, a page that writes itself
 * anew, editing switched on later, a page clearing the highlight registry,
 * inline tags laid out as blocks, and a transformed root element. Each case
 * failed before its fix (a term on screen unmarked, or a tooltip unusable).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { highlighted, readTooltip, wordCentre, writeSettings } from './content-helpers';
import { highlightedIds } from './page-functions';
import { LAYOUT_PAGES } from './layout-pages';

describe('terms on pages that move, hide and layer them', () => {
  let limber: Limber;

  beforeAll(async () => {
    limber = await launchLimber();
  });
  afterAll(async () => {
    await limber?.close();
  });

  async function open(name: keyof typeof LAYOUT_PAGES): Promise<Page> {
    const page = await limber.openWebPage(limber.server.route(`/layout-${name}.html`, LAYOUT_PAGES[name]));
    await page.setViewportSize({ width: 1280, height: 800 });
    return page;
  }
  const ids = (page: Page): Promise<string[]> => page.evaluate(highlightedIds, 'limber-term');

  /** Hovers `word` in `selector` and returns the tooltip as CDP reads it. */
  async function hover(page: Page, cdp: CDPSession, selector: string, word: string): Promise<NonNullable<Awaited<ReturnType<typeof readTooltip>>>> {
    const at = await wordCentre(page, selector, word);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(async () => (await readTooltip(cdp))?.text ?? '', { timeout: 3000 }).not.toBe('');
    const tooltip = await readTooltip(cdp);
    if (!tooltip) throw new Error('no tooltip');
    return tooltip;
  }

  it('marks the terms on screen after a link jumps far down the page', async () => {
    const page = await open('jump');
    await expect.poll(() => ids(page), { timeout: 10_000 }).toContain('p0');
    await page.click('#toc');
    await expect.poll(() => ids(page)).toEqual(expect.arrayContaining(['p30', 'p31']));
    expect(await ids(page)).not.toContain('p0');
    await page.close();
  });

  it('marks the cards in view of a carousel scrolled sideways', async () => {
    const page = await open('carousel');
    await expect.poll(() => ids(page), { timeout: 10_000 }).toContain('c0');
    await page.evaluate(() => {
      const row = document.getElementById('row');
      if (row) row.scrollLeft = 1350;
    });
    await expect.poll(() => ids(page)).toEqual(expect.arrayContaining(['c5', 'c6', 'c7']));
    await page.close();
  });

  it('marks text right inside a display: contents element', async () => {
    const page = await open('contents');
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['mt']);
    await page.close();
  });

  it('marks the end of an article after the page replaced its first block', async () => {
    const page = await open('replaced');
    await expect.poll(() => ids(page), { timeout: 10_000 }).toContain('r0');
    await page.evaluate(() => {
      const fresh = document.createElement('p');
      fresh.id = 'r0';
      fresh.style.cssText = 'height: 300px; margin: 0';
      fresh.textContent = 'Part 0 again: living with sciatica.';
      document.getElementById('r0')?.replaceWith(fresh);
    });
    await page.waitForTimeout(300);
    // Scrolled step by step, as a person does: every block passes through the screen.
    await page.mouse.move(300, 300);
    for (let i = 0; i < 45; i++) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(40);
    }
    await expect.poll(() => page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 1)).toBe(true);
    await expect.poll(() => ids(page)).toEqual(expect.arrayContaining(['r28', 'r29']));
    await page.close();
  });

  it('shows a usable tooltip for a term in a modal dialog', async () => {
    const page = await open('dialog');
    const cdp = await limber.context.newCDPSession(page);
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['dp']);
    const tooltip = await hover(page, cdp, '#dp', 'sciatica');
    const readMore = tooltip.buttons.find((b) => b.label === 'Read more');
    if (!readMore) throw new Error('no Read more');
    // Drawn above the dialog, not under it or its backdrop.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, readMore)).toBe('limber-tooltip');
    const opened = limber.context.waitForEvent('page', { timeout: 5000 });
    await page.mouse.move(readMore.x, readMore.y, { steps: 5 });
    await page.mouse.click(readMore.x, readMore.y);
    expect((await opened).url()).toContain('article.html#term-sciatica');
    await page.close();
  });

  it('opens no tooltip while a selection is dragged across a term, and leaves the selection where it was released', async () => {
    const page = await open('select');
    const cdp = await limber.context.newCDPSession(page);
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['s1']);
    const start = await wordCentre(page, '#s1', 'Start');
    const term = await wordCentre(page, '#s1', 'sciatica');
    const end = await wordCentre(page, '#s2', 'words');
    await page.mouse.move(start.x - 20, start.y);
    await page.mouse.down();
    await page.mouse.move(term.x, term.y, { steps: 5 });
    await page.waitForTimeout(700); // well past hover intent
    expect(await readTooltip(cdp)).toBeNull();
    await page.mouse.move(end.x, end.y, { steps: 5 });
    await page.mouse.up();
    const selection = await page.evaluate(() => ({ text: getSelection()?.toString() ?? '', focus: getSelection()?.focusNode?.parentElement?.id }));
    expect(selection.focus).toBe('s2');
    expect(selection.text).toMatch(/^Start of the text[\s\S]*Plain wo/);
    await page.close();
  });

  it('marks and explains a page that wrote itself anew after load', async () => {
    const page = await open('rewritten');
    const cdp = await limber.context.newCDPSession(page);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['ibuprofen', 'lower back pain']);
    expect((await hover(page, cdp, '#new', 'ibuprofen')).text).toContain('Ibuprofen');
    await page.close();
  });

  it('drops the marks of a block made editable, and marks it again when editing ends', async () => {
    const page = await open('editable');
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['ed', 'other']);
    await page.evaluate(() => document.getElementById('ed')?.setAttribute('contenteditable', 'true'));
    await expect.poll(() => ids(page)).toEqual(['other']);
    await page.evaluate(() => document.getElementById('ed')?.setAttribute('contenteditable', 'false'));
    await expect.poll(() => ids(page)).toEqual(['ed', 'other']);
    await page.close();
  });

  it('puts its highlights back after the page cleared the highlight registry', async () => {
    const page = await open('clears');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['Sciatica', 'ibuprofen']);
    await page.evaluate(() => (window as unknown as { clearHighlights: () => void }).clearHighlights());
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.mouse.move(100, 100);
    await page.mouse.move(200, 150, { steps: 3 });
    await expect.poll(() => highlighted(page)).toEqual(['Sciatica', 'ibuprofen']);
    // Cleared again, then a page change with no term in it: the marks come back without a pointer move.
    await page.evaluate(() => (window as unknown as { clearHighlights: () => void }).clearHighlights());
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'A plain line.' })));
    await expect.poll(() => highlighted(page)).toEqual(['Sciatica', 'ibuprofen']);
    await page.close();
  });

  it('reads inline tags laid out as blocks or flex items as separate lines', async () => {
    const page = await open('cards');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['Kyphosis', 'Sciatica', 'Scoliosis']);
    await page.close();
  });

  it('follows an inline element added to a paragraph and then rewritten: no stale mark, no double count', async () => {
    const page = await open('inlineAdded');
    await page.evaluate(() => {
      const span = document.createElement('span');
      span.id = 'flare';
      span.textContent = 'sciatica flare';
      document.getElementById('status')?.append(span);
      const swap = document.getElementById('swap');
      if (swap) swap.innerHTML = 'About <b>herniated disc</b> pain.';
    });
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['herniated disc', 'sciatica']);
    const counts = async (): Promise<unknown> =>
      ((await limber.messageContentScripts({ type: 'content/terms', payload: {} })) as { host: string; terms: { id: string; count: number }[] }[]).find((a) =>
        a.terms.some((t) => t.id === 'herniated-disc'),
      )?.terms;
    expect(await counts()).toEqual([
      { id: 'herniated-disc', count: 1 },
      { id: 'sciatica', count: 1 },
    ]);
    await page.evaluate(() => {
      const text = document.getElementById('flare')?.firstChild as Text;
      text.data = 'everything is fine now';
    });
    await expect.poll(() => highlighted(page)).toEqual(['herniated disc']);
    expect(await counts()).toEqual([{ id: 'herniated-disc', count: 1 }]);
    await page.close();
  });

  it('keeps the tooltip open while the pointer rests on a word it cannot sit beside (a short window)', async () => {
    const page = await open('short');
    const cdp = await limber.context.newCDPSession(page);
    await page.setViewportSize({ width: 900, height: 200 });
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['short']);
    await hover(page, cdp, '#short', 'herniated');
    await page.waitForTimeout(1000);
    expect(await readTooltip(cdp)).not.toBeNull();
    await page.close();
  });

  it('takes only the Escape that closes its tooltip: a modal dialog the term is in stays open', async () => {
    const page = await open('dialog');
    const cdp = await limber.context.newCDPSession(page);
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['dp']);
    await hover(page, cdp, '#dp', 'sciatica');
    await page.keyboard.press('Escape');
    await expect.poll(() => readTooltip(cdp)).toBeNull();
    expect(await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).open)).toBe(true);
    // With no tooltip open, Escape is the page's again.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).open)).toBe(false);
    await page.close();
  });

  it('marks the first occurrence in reading order when a shadow root comes first ("first of each term")', async () => {
    await writeSettings(limber, { highlightAll: false });
    const page = await open('shadowFirst');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
    const holder = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('limber-term') ?? [])][0];
      return (range?.startContainer.parentNode as Element | null)?.id;
    });
    expect(holder).toBe('shadowed');
    await writeSettings(limber, {});
    await page.close();
  });

  it('places the tooltip beside its word when the root element is transformed', async () => {
    const page = await open('transformed');
    const cdp = await limber.context.newCDPSession(page);
    await page.evaluate(() => scrollTo(0, 1000));
    await expect.poll(() => ids(page), { timeout: 10_000 }).toEqual(['t']);
    const word = await wordCentre(page, '#t', 'sciatica');
    const tooltip = await hover(page, cdp, '#t', 'sciatica');
    const button = tooltip.buttons[0];
    if (!button) throw new Error('no button');
    // Just below the word (within the card's height), inside the viewport.
    expect(button.y).toBeGreaterThan(word.y);
    expect(button.y).toBeLessThan(word.y + 300);
    await page.close();
  });
});
