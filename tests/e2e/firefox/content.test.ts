/**
 * The content script in real Firefox: terms highlighted through the CSS
 * Custom Highlight API (read from the page's own registry), hit-testing with
 * caretPositionFromPoint, the tooltip in a closed shadow root (read over
 * WebDriver BiDi, which can serialise closed shadow trees), live settings,
 * and the page's own DOM left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';
import { activate, closeTabs, highlighted, navigate, readTooltip, sleep, tabUrls, wordCentre, writeSettings } from './helpers';
import { highlightTexts, scrollBox } from '../page-functions';
import { EMBEDDED, EMBEDDED_FRAME, IN_FRAMES, LATER } from '../embedded-page';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Back pain notes</title>
<style>body { font: 16px/1.5 serif; margin: 8px; }</style>
<script>
  window.pageMutations = [];
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) window.pageMutations.push(r.type + ':' + r.target.nodeName);
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true }));
</script></head>
<body>
<h1>Notes</h1>
<p id="plain">Morning stiffness is common, and sciatica too.</p>
<p id="split">Lower <b>back</b> pain</p>
<p id="exercise">Try a glute stretch today.</p>
<textarea>sciatica in a textarea</textarea>
<code>sciatica in code</code>
<p id="far" style="margin-top: 40px">Nothing to see here.</p>
<div id="ticker" style="height: 40px; overflow: auto"><p>One headline</p><p>Another headline</p><p>A third headline</p></div>
<div style="height: 1200px"></div>
</body></html>`;

const EXPECTED = ['Lower back pain', 'Morning stiffness', 'glute stretch', 'sciatica'];

describe('highlighting and tooltips in Firefox', () => {
  let limber: LimberFirefox;
  let page: Page;
  /** An extension page kept open to ask the browser about tabs. */
  let probe: Page;

  beforeAll(async () => {
    limber = await launchLimberFirefox();
    probe = await limber.openExtensionPage('welcome.html');
    page = await limber.openWebPage(limber.server.route('/notes.html', PAGE));
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('highlights the terms a reader sees, and none in skipped places', async () => {
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(EXPECTED);
  });

  it('leaves the page DOM alone', async () => {
    expect(await page.evaluate(() => (window as unknown as { pageMutations: string[] }).pageMutations)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('limber-tooltip, [class*="limber"], [id*="limber"]').length)).toBe(0);
  });

  it('opens a tooltip, in a closed shadow root, after the pointer rests on a term', async () => {
    expect(await readTooltip(limber.browser, page)).toBeNull();
    const word = await wordCentre(page, '#plain', 'sciatica');
    await page.mouse.move(word.x - 200, word.y + 200);
    await page.mouse.move(word.x, word.y, { steps: 3 });
    await expect.poll(() => readTooltip(limber.browser, page), { timeout: 5000 }).not.toBeNull();
    const tip = await readTooltip(limber.browser, page);
    expect(tip?.shadowMode).toBe('closed');
    expect(tip?.text).toContain('Sciatica');
    expect(tip?.buttons.map((b) => b.label)).toEqual(['Read more']);
    // Beside the word, not over it.
    const button = tip?.buttons[0];
    expect(button && button.y > word.y).toBe(true);
  });

  it('closes on Escape', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.text ?? null)).toBeNull();
  });

  it('stays open when another box scrolls, and closes when its word scrolls away', async () => {
    const word = await wordCentre(page, '#plain', 'sciatica');
    // Off the word first (Escape dismissed it until the pointer leaves it), for a few frames.
    await page.mouse.move(word.x + 300, word.y + 300);
    await sleep(100);
    await page.mouse.move(word.x, word.y, { steps: 3 });
    await expect.poll(() => readTooltip(limber.browser, page), { timeout: 5000 }).not.toBeNull();
    // A ticker elsewhere on the page scrolls: the word has not moved.
    const tickerScrolled = await page.evaluate(scrollBox, { id: 'ticker', by: 30 });
    expect(tickerScrolled).toBe(true);
    await sleep(300);
    expect((await readTooltip(limber.browser, page))?.text).toContain('Sciatica');
    await page.evaluate(() => window.scrollBy(0, 5));
    await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.text ?? null)).toBeNull();
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('offers "Try it now" on exercise terms, and "Read more" opens the article at the term', async () => {
    const word = await wordCentre(page, '#exercise', 'glute');
    await page.mouse.move(word.x, word.y, { steps: 3 });
    await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.buttons.map((b) => b.label) ?? null), { timeout: 5000 }).toEqual([
      'Read more',
      'Try it now',
    ]);
    const readMore = (await readTooltip(limber.browser, page))?.buttons[0];
    if (!readMore) throw new Error('no Read more');
    await page.mouse.move(readMore.x, readMore.y, { steps: 5 });
    await page.mouse.click(readMore.x, readMore.y);
    // Extension pages report no load events over BiDi: ask the browser which tabs are open.
    const article = limber.url('article.html#term-glute-stretch');
    await expect.poll(() => tabUrls(probe), { timeout: 10_000 }).toContain(article);
    await closeTabs(probe, article);
    await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.text ?? null)).toBeNull();
  });

  it('draws its marks, in both styles, on a term that runs into an inline element', async () => {
    // Firefox's copy of content.css has its own selector (build.mjs): this checks the marks show.
    await page.bringToFront();
    await page.mouse.move(1, 1);
    const split = await page.$('#split');
    const shot = async (): Promise<string> => Buffer.from((await split?.screenshot()) ?? []).toString('base64');
    await expect.poll(() => highlighted(page)).toEqual(EXPECTED);
    const underlined = await shot();
    await writeSettings(limber, { highlightStyle: 'background' });
    await expect.poll(() => highlighted(page, 'limber-term-background')).toEqual(EXPECTED);
    const shaded = await shot();
    await writeSettings(limber, { highlightEnabled: false });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    const plain = await shot();
    expect(new Set([underlined, shaded, plain]).size).toBe(3);
    await writeSettings(limber, {});
    await expect.poll(() => highlighted(page)).toEqual(EXPECTED);
  });

  it('follows the settings live: style, then off for this site, then back on', async () => {
    await page.bringToFront();
    await writeSettings(limber, { highlightStyle: 'background' });
    await expect.poll(() => highlighted(page, 'limber-term-background')).toEqual(EXPECTED);
    expect(await highlighted(page, 'limber-term')).toEqual([]);

    await writeSettings(limber, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Off means off: no tooltip on hover either.
    const word = await wordCentre(page, '#plain', 'sciatica');
    await page.mouse.move(word.x + 30, word.y + 100);
    await page.mouse.move(word.x, word.y, { steps: 3 });
    await sleep(800);
    expect(await readTooltip(limber.browser, page)).toBeNull();

    await writeSettings(limber, {});
    await expect.poll(() => highlighted(page)).toEqual(EXPECTED);
  });

  it('answers "which terms are on this page?"', async () => {
    const answers = (await limber.messageContentScripts({ type: 'content/terms', payload: {} })) as {
      host: string;
      terms: { id: string; count: number }[];
      highlightingOn: boolean;
    }[];
    const ours = answers.find((a) => a.host === '127.0.0.1');
    expect(ours?.highlightingOn).toBe(true);
    expect(ours?.terms).toContainEqual({ id: 'sciatica', count: 1 });
    expect(ours?.terms).toContainEqual({ id: 'lower-back-pain', count: 1 });
  });

  it('"Try it now" opens the guided break on that stretch', async () => {
    await activate(limber.browser, page);
    const word = await wordCentre(page, '#exercise', 'glute');
    await page.mouse.move(word.x + 40, word.y + 120);
    await page.mouse.move(word.x, word.y, { steps: 3 });
    await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.buttons.length ?? 0), { timeout: 5000 }).toBe(2);
    const tryIt = (await readTooltip(limber.browser, page))?.buttons[1];
    if (!tryIt) throw new Error('no Try it now');
    await page.mouse.move(tryIt.x, tryIt.y, { steps: 5 });
    await page.mouse.click(tryIt.x, tryIt.y);
    const breakPage = limber.url('break.html?');
    await expect.poll(async () => (await tabUrls(probe)).find((u) => u.startsWith(breakPage)) ?? '', { timeout: 10_000 }).toContain('stretch=glute-stretch');
    await closeTabs(probe, breakPage);
  });

  it("the popup lists the active page's terms, and its site switch turns highlighting off there", async () => {
    // The popup opened in a tab beside the page, with the page in front: its
    // "active tab" is then the page, as when the toolbar button is clicked.
    const popup = await limber.openExtensionPage('popup.html');
    await activate(limber.browser, page);
    await navigate(limber.browser, popup, limber.url('popup.html'));
    const summary = (): Promise<string> => popup.evaluate(() => document.querySelector('[data-testid="terms-summary"]')?.textContent ?? '');
    await expect.poll(summary, { timeout: 10_000 }).toBe('4 terms highlighted, 4 different:');
    // Firefox's popup panel is at most 800 × 600: with the terms listed it still fits, Firefox's fonts and all.
    await popup.setViewport({ width: 360, height: 600 });
    const size = await popup.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(size.w).toBeLessThanOrEqual(360);
    expect(size.h).toBeLessThanOrEqual(600);
    // The popup's tab is behind the page, where input events do not reach it: click in the page.
    const toggle = (): Promise<void> => popup.evaluate(() => (document.getElementById('highlight-here') as HTMLInputElement).click());
    await toggle();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect.poll(summary).toBe('Highlighting is off on 127.0.0.1.');
    await toggle();
    await expect.poll(() => highlighted(page)).toEqual(EXPECTED);
    await popup.close();
  });

  it('highlights and explains terms in shadow trees, content that arrives later included', async () => {
    await activate(limber.browser, page);
    limber.server.route('/embedded-frame.html', EMBEDDED_FRAME);
    await navigate(limber.browser, page, limber.server.route('/embedded.html', EMBEDDED));
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(LATER);
    const cases = [
      ['#div-host', 'Osteoporosis', 'Osteoporosis'],
      // Two shadow roots deep; spondylosis is explained as the glossary's osteoarthritis entry.
      ['#outer', 'Spondylosis', 'Osteoarthritis'],
    ] as const;
    for (const [selector, word, heading] of cases) {
      const at = await wordCentre(page, selector, word);
      await page.mouse.move(at.x + 400, at.y + 300);
      await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.text ?? null)).toBeNull();
      await page.mouse.move(at.x, at.y, { steps: 3 });
      await expect.poll(() => readTooltip(limber.browser, page).then((tip) => tip?.text ?? ''), { timeout: 5000 }).toContain(heading);
    }
  });

  it('highlights terms in a same-origin frame', async () => {
    const inFrames = async (): Promise<Record<string, string[]>> => {
      const out: Record<string, string[]> = {};
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const name = await frame.evaluate(() => window.name);
        out[name] = await frame.evaluate(highlightTexts, 'limber-term');
      }
      return out;
    };
    await expect.poll(inFrames, { timeout: 15_000 }).toEqual(IN_FRAMES);
  });

  it("the popup's list counts the frames' terms with the page's", async () => {
    const popup = await limber.openExtensionPage('popup.html');
    await activate(limber.browser, page);
    await navigate(limber.browser, popup, limber.url('popup.html'));
    const summary = (): Promise<string> => popup.evaluate(() => document.querySelector('[data-testid="terms-summary"]')?.textContent ?? '');
    // The page has 9 terms of 8 concepts; its frame adds one more sciatica.
    await expect.poll(summary, { timeout: 10_000 }).toBe('10 terms highlighted, 8 different:');
    await popup.close();
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
