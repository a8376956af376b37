/**
 * Tooltips and marks in real Firefox, in the situations a QA pass found
 * broken: a modal dialog inside an open shadow root, a term in a dialog's or
 * popover's own text, a paragraph with a ticking counter, and "first
 * occurrence only" with headings and hidden occurrences. Each test failed
 * before its fix.
 *
 * "Resting" on a word moves the pointer by a pixel or two between samples,
 * as a hand on a mouse does; the tooltip must not notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';
import { closeTabs, highlighted, readTooltip, sleep, tabUrls, wordCentre, writeSettings } from './helpers';
import {
  type Box,
  HEADING_FIRST,
  HIDDEN_FIRST,
  LAYOUT_SHIFT,
  liveBlock,
  marksAt,
  overlap,
  SHADOW_DIALOG,
  topLayerOwnText,
  TRANSFORMED_DIALOG,
} from '../situation-pages';

/** Where the tooltip host is while open: in the shadow root, beside the dialog's term. */
const IN_SHADOW_ROOT = `document.getElementById('app').shadowRoot.querySelector('limber-tooltip')`;

describe('tooltips in dialogs, shadow roots and live paragraphs in Firefox', () => {
  let limber: LimberFirefox;
  /** An extension page kept open to ask the browser about tabs. */
  let probe: Page;

  beforeAll(async () => {
    limber = await launchLimberFirefox();
    probe = await limber.openExtensionPage('welcome.html');
  });
  afterAll(async () => {
    await limber?.close();
  });

  /** Is a tooltip open? (One taken down while BiDi reads it reads as closed.) */
  function isOpen(page: Page, hostExpression?: string): Promise<boolean> {
    return readTooltip(limber.browser, page, hostExpression).then(
      (tip) => tip !== null,
      () => false,
    );
  }

  /** Comes to the word from beside it and rests there (moving a pixel now and then) until the tooltip opens. */
  async function restOn(page: Page, at: { x: number; y: number }, hostExpression?: string): Promise<void> {
    await page.mouse.move(at.x - 40, at.y + 60);
    await sleep(100);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    let moves = 0;
    const jiggleAndLook = async (): Promise<boolean> => {
      await page.mouse.move(at.x + (moves++ % 2 ? 1 : -1), at.y);
      return isOpen(page, hostExpression);
    };
    await expect.poll(jiggleAndLook, { timeout: 5000, message: 'a tooltip opens while the pointer rests on the word' }).toBe(true);
  }

  /** Samples the tooltip `times` times, about every 120 ms, the pointer resting on `at`: 'o' open, '-' closed. */
  async function whileResting(page: Page, at: { x: number; y: number }, times: number): Promise<string> {
    let states = '';
    for (let i = 0; i < times; i++) {
      await page.mouse.move(at.x + (i % 2 ? 2 : -2), at.y);
      await sleep(120);
      states += (await isOpen(page)) ? 'o' : '-';
    }
    return states;
  }

  it('a term in a modal dialog inside a shadow root: the tooltip stays open as the pointer moves into it, and "Read more" opens the article', async () => {
    const page = await limber.openWebPage(limber.server.route('/shadow-dialog.html', SHADOW_DIALOG));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['sciatica']);
    const word = await wordCentre(page, '#app', 'sciatica');
    await restOn(page, word, IN_SHADOW_ROOT);
    const tip = await readTooltip(limber.browser, page, IN_SHADOW_ROOT);
    expect(tip?.text).toContain('Sciatica');
    const button = tip?.buttons.find((b) => b.label === 'Read more');
    if (!button) throw new Error('no Read more');
    await page.mouse.move(button.x, button.y, { steps: 8 });
    await sleep(600);
    expect(await isOpen(page, IN_SHADOW_ROOT)).toBe(true);
    await page.mouse.click(button.x, button.y);
    // Extension pages report no load events over BiDi: ask the browser which tabs are open.
    const article = limber.url('article.html#term-sciatica');
    await expect.poll(() => tabUrls(probe), { timeout: 10_000 }).toContain(article);
    await closeTabs(probe, article);
    await page.close();
  });

  for (const kind of ['dialog', 'popover'] as const) {
    it(`stays open while the pointer rests on a term in a ${kind}'s own text, put into the page once`, async () => {
      const page = await limber.openWebPage(limber.server.route(`/own-text-${kind}.html`, topLayerOwnText(kind)));
      await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['sciatica']);
      const word = await wordCentre(page, '#d', 'sciatica');
      await restOn(page, word);
      const states = await whileResting(page, word, 12);
      // The page's own observer saw the tooltip come in once, not again and again.
      const insertions = await page.evaluate(() => (window as unknown as { tooltipInsertions: number }).tooltipInsertions);
      expect({ states, insertions }).toEqual({ states: 'o'.repeat(12), insertions: 1 });
      await page.close();
    });
  }

  it('stays open while the pointer rests on a term whose paragraph holds a ticking counter', async () => {
    const page = await limber.openWebPage(limber.server.route('/live-block.html', liveBlock(200)));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['Sciatica']);
    const word = await wordCentre(page, '#a', 'Sciatica');
    await restOn(page, word);
    // About 2 s: ten ticks of the counter.
    expect(await whileResting(page, word, 16)).toBe('o'.repeat(16));
    await page.close();
  });

  it('stays closed after Escape while the pointer keeps resting on a term in a live paragraph', async () => {
    const page = await limber.openWebPage(limber.server.route('/live-block-escape.html', liveBlock(400)));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['Sciatica']);
    const word = await wordCentre(page, '#a', 'Sciatica');
    await restOn(page, word);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await whileResting(page, word, 16)).toBe('-'.repeat(16));
    await page.close();
  });

  describe('with "first occurrence only"', () => {
    beforeAll(async () => {
      await writeSettings(limber, { highlightAll: false });
    });
    afterAll(async () => {
      await writeSettings(limber, {});
    });

    const marks = (page: Page): Promise<string[]> => page.evaluate(marksAt, 'limber-term');

    it('marks a heading before the text under it', async () => {
      const page = await limber.openWebPage(limber.server.route('/heading-first.html', HEADING_FIRST));
      await expect.poll(() => marks(page), { timeout: 15_000 }).toContain('Sciatica@h2#heading');
      expect((await marks(page)).filter((m) => /^sciatica@/i.test(m))).toEqual(['Sciatica@h2#heading']);
      await page.close();
    });

    it('skips occurrences hidden in a closed <details> or a display:none menu, and moves the mark when the <details> opens', async () => {
      const page = await limber.openWebPage(limber.server.route('/hidden-first.html', HIDDEN_FIRST));
      await expect.poll(() => marks(page), { timeout: 15_000 }).toEqual(['ibuprofen@p#vis', 'sciatica@p#vis']);
      // The reader opens the FAQ: its ibuprofen now comes first on screen.
      await page.evaluate(() => document.getElementById('faq')?.setAttribute('open', ''));
      await expect.poll(() => marks(page)).toEqual(['ibuprofen@p#hid1', 'sciatica@p#vis']);
      await page.evaluate(() => document.getElementById('faq')?.removeAttribute('open'));
      await expect.poll(() => marks(page)).toEqual(['ibuprofen@p#vis', 'sciatica@p#vis']);
      await page.close();
    });
  });

  /** The open tooltip's card box (it must be open). */
  async function cardBox(page: Page): Promise<Box> {
    const card = (await readTooltip(limber.browser, page))?.card;
    if (!card) throw new Error('no tooltip card');
    return card;
  }

  it('shows the whole card over a modal dialog centred with a transform: not squeezed, not clipped by the dialog', async () => {
    const page = await limber.openWebPage(limber.server.route('/transformed-dialog.html', TRANSFORMED_DIALOG));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['sciatica']);
    const word = await wordCentre(page, '#t', 'sciatica');
    await restOn(page, word);
    const card = await cardBox(page);
    expect(card.right - card.left).toBeGreaterThan(250);
    expect(overlap(card, word)).toBe(false);
    const corner = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: card.right - 6, y: card.bottom - 6 });
    expect(corner).toBe('limber-tooltip');
    expect(await page.evaluate(() => { const d = document.getElementById('d') as HTMLElement; return d.scrollHeight - d.clientHeight; })).toBe(0);
    await page.close();
  });

  it('moves an open tooltip with its word when the page pushes the word down', async () => {
    const page = await limber.openWebPage(limber.server.route('/layout-shift.html', LAYOUT_SHIFT));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['sciatica']);
    const before = await wordCentre(page, '#p', 'sciatica');
    await restOn(page, before);
    const opened = await cardBox(page);
    await page.evaluate(() => (window as unknown as { insertAd: () => void }).insertAd());
    const after = await wordCentre(page, '#p', 'sciatica');
    expect(after.top - before.top).toBeGreaterThan(100);
    await expect.poll(async () => (await cardBox(page)).top - opened.top).toBeGreaterThan(100);
    const moved = await cardBox(page);
    expect(overlap(moved, after)).toBe(false);
    await page.close();
  });

  it('applies settings changed while a page was in the back/forward cache when the page comes back', async () => {
    const a = `<!doctype html><meta charset="utf-8"><body><p id="p">Page A: sciatica, lumbago.</p>
<script>window.shows = []; addEventListener('pageshow', (e) => shows.push(e.persisted));</script></body>`;
    const page = await limber.openWebPage(limber.server.route('/bfcache-a.html', a, undefined, true));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['lumbago', 'sciatica']);
    await page.goto(limber.server.route('/bfcache-b.html', '<!doctype html><p>Page B: nothing to mark.</p>', undefined, true));
    await writeSettings(limber, { highlightEnabled: false });
    await page.evaluate(() => history.back());
    await expect.poll(() => page.evaluate(() => document.URL.endsWith('/bfcache-a.html')), { timeout: 10_000 }).toBe(true);
    // Restored from the cache, not loaded again (else the test proves nothing).
    expect(await page.evaluate(() => (window as unknown as { shows: boolean[] }).shows.at(-1))).toBe(true);
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual([]);
    await writeSettings(limber, {});
    await page.close();
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
