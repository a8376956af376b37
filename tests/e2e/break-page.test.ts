/**
 * The guided break page in real Chromium: the routine one stretch at a time,
 * a countdown that follows the clock and stops when paused, keyboard-only
 * use, Done logs a break and leaving early a partial one, reduced motion,
 * and no axe violations in light or dark mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { dayStats } from './timer-helpers';
import { routines, stretches } from '../../src/knowledge';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const nameOf = (id: string | undefined): string => stretches.find((s) => s.id === id)?.name ?? `(unknown ${id})`;
const desk = routines.find((r) => r.id === 'desk-2')!;

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Seconds in a countdown's text ("0:25" → 25). */
function secondsIn(text: string): number {
  const match = /(\d+):(\d\d)/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Seconds shown on the countdown. */
async function shownSeconds(page: Page): Promise<number> {
  return secondsIn((await page.getByRole('timer').textContent()) ?? '');
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('the guided break page', () => {
  let limber: Limber;
  /** An extension page that stays open, to read stats while break pages come and go. */
  let control: Page;
  beforeAll(async () => {
    limber = await launchLimber();
    control = await limber.openExtensionPage('popup.html');
  });

  /**
   * Closes a break page mid-routine and waits until its partial break is
   * counted, so the report cannot land in the next test's numbers.
   */
  async function leave(page: Page): Promise<void> {
    const before = (await dayStats(control))['partial'] ?? 0;
    await page.close();
    await expect.poll(async () => (await dayStats(control))['partial'] ?? 0).toBe(before + 1);
  }
  afterAll(async () => {
    await limber?.close();
  });

  it('shows the routine one stretch at a time, with its steps and a countdown', async () => {
    const page = await limber.openExtensionPage('break.html?routine=desk-2');
    await expect.poll(() => heading(page).textContent()).toBe(nameOf(desk.stretchIds[0]));
    expect(await page.getByText(`Stretch 1 of ${desk.stretchIds.length}`).count()).toBe(1);
    expect(await page.getByText('2-minute desk break').count()).toBe(1);
    const first = stretches.find((s) => s.id === desk.stretchIds[0])!;
    expect(await page.locator('ol li').allTextContents()).toEqual([...first.steps]);
    // Every stretch says when to stop, and the page says it for the whole routine.
    expect(await page.getByText(`Take care: ${first.caution}`).count()).toBe(1);
    expect(first.caution).toMatch(/Stop if your pain gets worse/);
    expect(await page.getByText('Move gently. Stop if any move hurts or your pain gets worse. New to these moves? Check with a doctor or physiotherapist first.').isVisible()).toBe(true);
    const start = await shownSeconds(page);
    expect(start).toBeLessThanOrEqual(first.durationSec);
    expect(start).toBeGreaterThan(first.durationSec - 3);
    await leave(page);
  });

  it('counts down with the clock, and holds still while paused (Space)', async () => {
    const page = await limber.openExtensionPage('break.html?routine=desk-2');
    await heading(page).waitFor();
    // Against the time that really passed (a busy machine may sleep longer than asked); the display may lag one tick.
    const a = Date.now();
    const t0 = await shownSeconds(page);
    await page.waitForTimeout(3200);
    const t1 = await shownSeconds(page);
    const passed = (Date.now() - a) / 1000;
    expect(t0 - t1).toBeGreaterThanOrEqual(Math.floor(passed) - 1);
    expect(t0 - t1).toBeLessThanOrEqual(Math.ceil(passed) + 1);
    expect(t0 - t1).toBeGreaterThanOrEqual(2);
    await page.locator('body').press('Space');
    await expect.poll(() => page.getByText('Paused', { exact: true }).count()).toBe(1);
    // The button names what it does next, with no pressed state on top ("Resume, pressed" would contradict itself).
    expect(await page.getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).toBeNull();
    const held = await shownSeconds(page);
    await page.waitForTimeout(1500);
    expect(await shownSeconds(page)).toBe(held);
    // Resuming carries on from the time held: the countdown does not jump back up by the pause, even for a moment.
    const onResume = await page.evaluate(async () => {
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Resume')?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return document.querySelector('[role="timer"]')?.textContent ?? '';
    });
    expect(secondsIn(onResume)).toBe(held);
    await expect.poll(() => shownSeconds(page), { timeout: 5000 }).toBeLessThan(held);
    await leave(page);
  });

  it('moves with the arrow keys and the buttons, and Done finishes: a completed break is logged', async () => {
    const page = await limber.openExtensionPage('break.html?routine=desk-2');
    await heading(page).waitFor();
    const before = await dayStats(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).textContent()).toBe(nameOf(desk.stretchIds[1]));
    // The new stretch's name takes the focus, so a screen reader reads it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading(page).textContent()).toBe(nameOf(desk.stretchIds[0]));
    expect(await page.getByRole('button', { name: 'Back' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect.poll(() => heading(page).textContent()).toBe(nameOf(desk.stretchIds[1]));
    for (let i = 2; i < desk.stretchIds.length; i++) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => heading(page).textContent()).toBe(nameOf(desk.stretchIds[i]));
    }
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(0);
    // Keyboard only: Tab to Done and press Enter.
    await page.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Well done');
    await expect.poll(() => dayStats(page)).toMatchObject({ completed: (before['completed'] ?? 0) + 1, partial: before['partial'] ?? 0 });
    await page.close();
  });

  it('moves focus with the new stretch, so a key pressed right after Next is not lost on the old button', async () => {
    const page = await limber.openExtensionPage('break.html?routine=desk-2');
    await heading(page).waitFor();
    // Click and look within the same turn of the event loop: the heading must be focused as soon as it is shown.
    const rightAfter = await page.evaluate(async () => {
      const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next');
      next?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { heading: document.querySelector('h1')?.textContent, focused: document.activeElement?.tagName };
    });
    expect(rightAfter).toEqual({ heading: nameOf(desk.stretchIds[1]), focused: 'H1' });
    await leave(page);
  });

  it('closing before the end logs a partial break', async () => {
    const before = await dayStats(control);
    const page = await limber.openExtensionPage('break.html?routine=morning-5');
    await heading(page).waitFor();
    const shown = Date.now();
    await page.waitForTimeout(6500);
    const stayed = (Date.now() - shown) / 1000;
    await page.close();
    await expect.poll(() => dayStats(control), { timeout: 5000 }).toMatchObject({ completed: before['completed'] ?? 0, partial: (before['partial'] ?? 0) + 1 });
    // About six seconds were stretched (a tenth of a minute), give or take the time the page took to close.
    const minutes = (await dayStats(control))['minutesStretched']! - (before['minutesStretched'] ?? 0);
    expect(minutes).toBeGreaterThanOrEqual(Math.round((stayed / 60) * 10) / 10);
    expect(minutes).toBeLessThanOrEqual(Math.round(((stayed + 3) / 60) * 10) / 10);
  });

  it('opens on one stretch ("Try it now") and picks the routine for the break length when none is given', async () => {
    const single = await limber.openExtensionPage('break.html?stretch=cat-cow');
    await expect.poll(() => heading(single).textContent()).toBe('Cat-cow stretch');
    expect(await single.getByText('Stretch 1 of 1').count()).toBe(1);
    expect(await single.getByRole('button', { name: 'Done' }).count()).toBe(1);
    await leave(single);

    const inRoutine = await limber.openExtensionPage('break.html?routine=full-10&stretch=bird-dog');
    await expect.poll(() => heading(inRoutine).textContent()).toBe(nameOf('bird-dog'));
    await leave(inRoutine);

    await control.evaluate(() => chrome.storage.local.set({ settings: { version: 1, breakLengthMin: 10 } }));
    const byLength = await limber.openExtensionPage('break.html');
    await expect.poll(() => byLength.getByText('10-minute full routine').count()).toBe(1);
    await leave(byLength);
    const unknown = await limber.openExtensionPage('break.html?routine=yoga-60');
    await expect.poll(() => unknown.getByText(/routine was not found/).count()).toBe(1);
    await leave(unknown);
    await control.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('plans no next break on the finished page when reminders are off (a stretch tried from a tooltip)', async () => {
    const page = await limber.openExtensionPage('break.html?stretch=bird-dog');
    await expect.poll(() => heading(page).textContent()).toBe(nameOf('bird-dog'));
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Well done');
    await expect.poll(() => page.locator('main p').first().textContent()).toMatch(/^You stretched for [\d.]+ min\.$/);
    await page.close();
  });

  it('honours reduced motion: the countdown ring does not animate', async () => {
    const page = await limber.openExtensionPage('break.html?routine=desk-2');
    await heading(page).waitFor();
    const transition = () => page.locator('.countdown__bar').evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await transition()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(['0s', '1e-05s']).toContain(await transition());
    await leave(page);
  });

  it('has no axe violations, in light and dark mode, while running and when finished', async () => {
    const page = await limber.openExtensionPage('break.html?stretch=cat-cow');
    await heading(page).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Well done');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
