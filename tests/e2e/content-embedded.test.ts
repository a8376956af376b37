/**
 * Terms in embedded places, in real Chromium.
 * - Shadow trees: the open shadow roots of web components and of built-in
 *   elements (attached by script or declared in the markup), nested ones,
 *   content that arrives in a shadow root later, and a component the page
 *   defines after Limber read it. Each is highlighted, counted for the popup
 *   and explained on hover; a closed shadow root stays private.
 * - A same-origin frame: highlighted, counted in the popup's list with the
 *   page, and following the site's on/off switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { highlighted, readTooltip, wordCentre, writeSettings } from './content-helpers';
import { highlightTexts } from './page-functions';
import { AT_LOAD, EMBEDDED, EMBEDDED_FRAME, IN_FRAMES, LATER } from './embedded-page';

describe('terms in shadow trees and frames', () => {
  let limber: Limber;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    limber = await launchLimber();
    limber.server.route('/embedded-frame.html', EMBEDDED_FRAME);
    page = await limber.openWebPage(limber.server.route('/embedded.html', EMBEDDED));
    cdp = await limber.context.newCDPSession(page);
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('highlights terms in open shadow roots of components and built-in elements, nested or declared, and none behind a closed root', async () => {
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(AT_LOAD));
    expect(await highlighted(page)).not.toContain('Kyphosis');
  });

  it('follows content added to a shadow root later, and a component defined after the page was read', async () => {
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual(LATER);
  });

  it('counts them for the popup', async () => {
    const answers = (await limber.messageContentScripts({ type: 'content/terms', payload: {} })) as { terms: { id: string }[]; total: number }[];
    const ours = answers.find((a) => a.terms.some((t) => t.id === 'sciatica'));
    expect(ours?.terms.map((t) => t.id).sort()).toEqual(['herniated-disc', 'lower-back-pain', 'naproxen', 'osteoarthritis', 'osteoporosis', 'sciatica', 'scoliosis', 'spinal-stenosis']);
    expect(ours?.total).toBe(LATER.length);
  });

  it.each([
    ['#card', 'Scoliosis', 'Scoliosis'],
    ['#div-host', 'Osteoporosis', 'Osteoporosis'],
    // Spondylosis is explained as the glossary's osteoarthritis entry.
    ['#outer', 'Spondylosis', 'Osteoarthritis'],
  ])('explains a term in %s on hover', async (selector, word, heading) => {
    const at = await wordCentre(page, selector, word);
    // Away first, so the tooltip of the previous word closes.
    await page.mouse.move(at.x + 400, at.y + 300);
    await expect.poll(() => readTooltip(cdp)).toBeNull();
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(async () => (await readTooltip(cdp))?.text ?? '', { timeout: 3000 }).toContain(heading);
  });

  it('closes the tooltip when a box inside a shadow tree scrolls its word away', async () => {
    const at = await wordCentre(page, '#scroller', 'Scoliosis');
    await page.mouse.move(at.x + 400, at.y + 300);
    await expect.poll(() => readTooltip(cdp)).toBeNull();
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(async () => (await readTooltip(cdp))?.text ?? '', { timeout: 3000 }).toContain('Scoliosis');
    // The box is in the component's shadow root: its scroll event never reaches the document.
    const scrolled = await page.evaluate(async () => {
      const box = document.getElementById('scroller')?.shadowRoot?.getElementById('box');
      if (!box) return false;
      const done = new Promise((resolve) => box.addEventListener('scroll', resolve, { once: true }));
      box.scrollTop += 10;
      await done;
      return box.scrollTop > 0;
    });
    expect(scrolled).toBe(true);
    await expect.poll(() => readTooltip(cdp)).toBeNull();
  });

  /** Each frame's own highlights, by frame name. */
  const inFrames = async (): Promise<Record<string, string[]>> => {
    const out: Record<string, string[]> = {};
    for (const name of Object.keys(IN_FRAMES)) out[name] = (await page.frame({ name })?.evaluate(highlightTexts, 'limber-term')) ?? ['(no frame)'];
    return out;
  };

  it('highlights terms in a same-origin frame', async () => {
    await expect.poll(inFrames, { timeout: 10_000 }).toEqual(IN_FRAMES);
  });

  it("the popup's list counts the frames' terms with the page's", async () => {
    const popup = await limber.context.newPage();
    await popup.goto(limber.url('popup.html'));
    // As when the toolbar button is clicked: the served page is the active tab.
    await page.bringToFront();
    await popup.reload();
    // The page has 9 terms of 8 concepts; its frame adds one more sciatica.
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toBe('10 terms highlighted, 8 different:');
    const chips = await popup.getByRole('list', { name: 'Terms on this page' }).getByRole('button').allTextContents();
    expect(chips.slice(0, 2)).toEqual(['Sciatica 2 on this page', 'Scoliosis 2 on this page']);
    await popup.close();
  });

  it('turns them off with the site they belong to, and back on', async () => {
    await writeSettings(limber, { disabledSites: ['127.0.0.1'] });
    await expect.poll(inFrames).toEqual({ 'same-origin': [] });
    expect(await highlighted(page)).toEqual([]);
    await writeSettings(limber, {});
    await expect.poll(inFrames).toEqual(IN_FRAMES);
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
