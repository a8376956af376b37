/**
 * Tooltips and marks in real Chromium, in the situations a QA pass found
 * broken: a modal dialog inside an open shadow root, a paragraph with a
 * ticking "updated Ns ago" counter, a term in a dialog's or popover's own
 * text, "first occurrence only" with headings and hidden occurrences, and a
 * page printed with a tooltip open. Each test failed before its fix.
 *
 * "Resting" on a word moves the pointer by a pixel or two between samples,
 * as a hand on a mouse does; the tooltip must not notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { highlighted, readTooltip, wordCentre, writeSettings } from './content-helpers';
import {
  type Box,
  HEADING_FIRST,
  HIDDEN_FIRST,
  LAYOUT_SHIFT,
  liveBlock,
  marksAt,
  overlap,
  SCALED_ROOT,
  SHADOW_DIALOG,
  SHORT_WINDOW,
  STYLE,
  TRANSFORMED_DIALOG,
  topLayerOwnText,
} from './situation-pages';

const ARTICLE = `<!doctype html><meta charset="utf-8"><title>Article</title>${STYLE}
<body><p id="a">Article: sciatica is a nerve pain.</p>${'<p>Filler text line for the printed page.</p>'.repeat(30)}</body>`;

/** The open tooltip's card box (it must be open). */
async function cardBox(cdp: CDPSession): Promise<Box> {
  const card = (await readTooltip(cdp))?.card;
  if (!card) throw new Error('no tooltip card');
  return card;
}

/** Is a tooltip open? (One taken down between CDP's two reads of it reads as closed.) */
function isOpen(cdp: CDPSession): Promise<boolean> {
  return readTooltip(cdp).then(
    (tip) => tip !== null,
    () => false,
  );
}

/** Samples the tooltip `times` times, about every 120 ms, the pointer resting on `at`: 'o' open, '-' closed. */
async function whileResting(page: Page, cdp: CDPSession, at: { x: number; y: number }, times: number): Promise<string> {
  let states = '';
  for (let i = 0; i < times; i++) {
    await page.mouse.move(at.x + (i % 2 ? 2 : -2), at.y);
    await page.waitForTimeout(120);
    states += (await isOpen(cdp)) ? 'o' : '-';
  }
  return states;
}

describe('tooltips in dialogs, shadow roots and live paragraphs, and in print', () => {
  let limber: Limber;

  beforeAll(async () => {
    limber = await launchLimber();
  });
  afterAll(async () => {
    await limber?.close();
  });

  async function open(path: string, html: string): Promise<{ page: Page; cdp: CDPSession }> {
    const page = await limber.openWebPage(limber.server.route(path, html));
    await page.setViewportSize({ width: 1280, height: 800 });
    const cdp = await limber.context.newCDPSession(page);
    return { page, cdp };
  }

  /** Comes to the word from beside it and rests there (moving a pixel now and then) until the tooltip opens. */
  async function restOn(page: Page, cdp: CDPSession, at: { x: number; y: number }): Promise<void> {
    await page.mouse.move(at.x - 40, at.y + 60);
    await page.waitForTimeout(100);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    let moves = 0;
    const jiggleAndLook = async (): Promise<boolean> => {
      await page.mouse.move(at.x + (moves++ % 2 ? 1 : -1), at.y);
      return isOpen(cdp);
    };
    await expect.poll(jiggleAndLook, { timeout: 5000, message: 'a tooltip opens while the pointer rests on the word' }).toBe(true);
  }

  it('a term in a modal dialog inside a shadow root: the tooltip stays open as the pointer moves into it, and "Read more" opens the article', async () => {
    const { page, cdp } = await open('/shadow-dialog.html', SHADOW_DIALOG);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
    const word = await wordCentre(page, '#app', 'sciatica');
    await restOn(page, cdp, word);
    const tip = await readTooltip(cdp);
    expect(tip?.text).toContain('Sciatica');
    const button = tip?.buttons.find((b) => b.label === 'Read more');
    if (!button) throw new Error('no Read more');
    await page.mouse.move(button.x, button.y, { steps: 8 });
    await page.waitForTimeout(600);
    expect(await readTooltip(cdp)).not.toBeNull();
    const opened = limber.context.waitForEvent('page', { timeout: 10_000 });
    await page.mouse.click(button.x, button.y);
    const article = await opened;
    expect(article.url()).toBe(limber.url('article.html#term-sciatica'));
    await article.close();
    await page.close();
  });

  it('stays open while the pointer rests on a term whose paragraph holds a ticking counter', async () => {
    const { page, cdp } = await open('/live-block.html', liveBlock(200));
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['Sciatica']);
    const word = await wordCentre(page, '#a', 'Sciatica');
    await restOn(page, cdp, word);
    // About 2 s: ten ticks of the counter.
    expect(await whileResting(page, cdp, word, 16)).toBe('o'.repeat(16));
    // The counter did keep ticking under the tooltip.
    expect(Number(await page.locator('#t').textContent())).toBeGreaterThan(5);
    await page.close();
  });

  it('stays closed after Escape while the pointer keeps resting on a term in a live paragraph', async () => {
    const { page, cdp } = await open('/live-block-escape.html', liveBlock(400));
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['Sciatica']);
    const word = await wordCentre(page, '#a', 'Sciatica');
    await restOn(page, cdp, word);
    await page.keyboard.press('Escape');
    await expect.poll(() => readTooltip(cdp)).toBeNull();
    expect(await whileResting(page, cdp, word, 16)).toBe('-'.repeat(16));
    // Leaving the word and coming back shows it again.
    await restOn(page, cdp, word);
    await page.close();
  });

  for (const kind of ['dialog', 'popover'] as const) {
    it(`stays open while the pointer rests on a term in a ${kind}'s own text, put into the page once`, async () => {
      const { page, cdp } = await open(`/own-text-${kind}.html`, topLayerOwnText(kind));
      await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
      const word = await wordCentre(page, '#d', 'sciatica');
      await restOn(page, cdp, word);
      const states = await whileResting(page, cdp, word, 12);
      // The page's own observer saw the tooltip come in once, not again and again.
      const insertions = await page.evaluate(() => (window as unknown as { tooltipInsertions: number }).tooltipInsertions);
      expect({ states, insertions }).toEqual({ states: 'o'.repeat(12), insertions: 1 });
      await page.close();
    });
  }

  it('shows the whole card over a modal dialog centred with a transform: not squeezed, not clipped by the dialog', async () => {
    const { page, cdp } = await open('/transformed-dialog.html', TRANSFORMED_DIALOG);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
    const word = await wordCentre(page, '#t', 'sciatica');
    await restOn(page, cdp, word);
    const card = await cardBox(cdp);
    expect(card.right - card.left).toBeGreaterThan(250);
    expect(overlap(card, word)).toBe(false);
    // What is drawn at the card's far corner is the tooltip, not the page beyond the dialog's edge.
    const corner = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: card.right - 6, y: card.bottom - 6 });
    expect(corner).toBe('limber-tooltip');
    // The dialog gained no scrollable overflow from it.
    expect(await page.evaluate(() => { const d = document.getElementById('d') as HTMLElement; return d.scrollHeight - d.clientHeight; })).toBe(0);
    await page.close();
  });

  it('gives the card the same width near the right edge of a page whose root is scaled as at the left', async () => {
    const { page, cdp } = await open('/scaled-root.html', SCALED_ROOT);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['Sciatica', 'sciatica']);
    const widths: number[] = [];
    for (const [selector, text] of [['#l', 'Sciatica'], ['#r', 'sciatica']] as const) {
      const word = await wordCentre(page, selector, text);
      await restOn(page, cdp, word);
      const card = await cardBox(cdp);
      widths.push(Math.round(card.right - card.left));
      expect(card.right).toBeLessThanOrEqual(1280);
      expect(overlap(card, word)).toBe(false);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 700);
      await expect.poll(() => readTooltip(cdp)).toBeNull();
    }
    expect(widths[0]).toBeGreaterThan(200);
    expect(widths[1]).toBe(widths[0]);
    await page.close();
  });

  it('puts the card beside its word in a window too short for it above or below', async () => {
    const { page, cdp } = await open('/short-window.html', SHORT_WINDOW);
    await page.setViewportSize({ width: 900, height: 320 });
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['glute stretch']);
    const word = await wordCentre(page, '#t', 'glute stretch');
    await restOn(page, cdp, word);
    const card = await cardBox(cdp);
    expect(overlap(card, word)).toBe(false);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('moves an open tooltip with its word when the page pushes the word down', async () => {
    const { page, cdp } = await open('/layout-shift.html', LAYOUT_SHIFT);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
    const before = await wordCentre(page, '#p', 'sciatica');
    await restOn(page, cdp, before);
    const opened = await cardBox(cdp);
    await page.evaluate(() => (window as unknown as { insertAd: () => void }).insertAd());
    const after = await wordCentre(page, '#p', 'sciatica');
    expect(after.top - before.top).toBeGreaterThan(100);
    // Still beside the word, now lower down, and not over it.
    await expect.poll(async () => (await cardBox(cdp)).top - opened.top).toBeGreaterThan(100);
    const moved = await cardBox(cdp);
    expect(overlap(moved, after)).toBe(false);
    expect(moved.top - after.bottom).toBeLessThan(20);
    await page.close();
  });

  it('does not print a tooltip open when the page is printed', async () => {
    const { page, cdp } = await open('/print.html', ARTICLE);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
    const word = await wordCentre(page, '#a', 'sciatica');
    await restOn(page, cdp, word);
    await page.emulateMedia({ media: 'print' });
    // The tooltip is still open (nothing closes it on printing)…
    const withTooltip = await page.screenshot();
    const shown = await page.evaluate(() => document.querySelector('limber-tooltip')?.checkVisibility() ?? null);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('limber-tooltip') === null)).toBe(true);
    const withoutTooltip = await page.screenshot();
    // …but the printed page looks the same with it open as with it closed: it has no box to print.
    expect(withTooltip.equals(withoutTooltip)).toBe(true);
    expect(shown).toBe(false);
    await page.close();
  });

  it('does not print the marks: a printed paragraph looks as it does with highlighting off', async () => {
    const { page } = await open('/print-marks.html', ARTICLE);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(['sciatica']);
    await page.emulateMedia({ media: 'print' });
    const paragraph = page.locator('#a');
    const printedMarked = await paragraph.screenshot();
    await writeSettings(limber, { highlightEnabled: false });
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect((await paragraph.screenshot()).equals(printedMarked)).toBe(true);
    // On screen the same comparison does see the mark (so the check above can fail).
    await page.emulateMedia({ media: 'screen' });
    const screenPlain = await paragraph.screenshot();
    await writeSettings(limber, {});
    await page.bringToFront();
    await expect.poll(() => highlighted(page)).toEqual(['sciatica']);
    await expect.poll(async () => (await paragraph.screenshot()).equals(screenPlain)).toBe(false);
    await page.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});

describe('"first occurrence only" marks the first occurrence a reader sees', () => {
  let limber: Limber;

  beforeAll(async () => {
    limber = await launchLimber();
    await writeSettings(limber, { highlightAll: false });
  });
  afterAll(async () => {
    await limber?.close();
  });

  const marks = (page: Page): Promise<string[]> => page.evaluate(marksAt, 'limber-term');

  it('marks a heading before the text under it', async () => {
    const page = await limber.openWebPage(limber.server.route('/heading-first.html', HEADING_FIRST));
    await expect.poll(() => marks(page), { timeout: 10_000 }).toContain('Sciatica@h2#heading');
    expect((await marks(page)).filter((m) => /^sciatica@/i.test(m))).toEqual(['Sciatica@h2#heading']);
    await page.close();
  });

  it('skips occurrences hidden in a closed <details> or a display:none menu, and moves the mark when the <details> opens', async () => {
    const page = await limber.openWebPage(limber.server.route('/hidden-first.html', HIDDEN_FIRST));
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(['ibuprofen@p#vis', 'sciatica@p#vis']);
    // The reader opens the FAQ: its ibuprofen now comes first on screen.
    await page.evaluate(() => document.getElementById('faq')?.setAttribute('open', ''));
    await expect.poll(() => marks(page)).toEqual(['ibuprofen@p#hid1', 'sciatica@p#vis']);
    // And closing it again gives the mark back to the visible paragraph.
    await page.evaluate(() => document.getElementById('faq')?.removeAttribute('open'));
    await expect.poll(() => marks(page)).toEqual(['ibuprofen@p#vis', 'sciatica@p#vis']);
    await page.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
