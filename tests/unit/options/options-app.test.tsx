// @vitest-environment happy-dom
/**
 * The settings page over in-memory storage: what it says about stored
 * settings (damaged lists, a newer version), the work-hours hint, and how it
 * shows international site names.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createFakeBrowser } from '../background/fake-browser';

const page = vi.hoisted(() => ({ current: null as ReturnType<typeof import('../background/fake-browser').createFakeBrowser> | null }));
vi.mock('../../../src/shared/browser', () => ({
  default: new Proxy({}, { get: (_target, name: string) => (page.current?.browser as Record<string, unknown> | undefined)?.[name] }),
}));

const { OptionsApp } = await import('../../../src/options/OptionsApp');
const { readItem, settingsItem, statsItem } = await import('../../../src/shared/storage');

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Stores `settings`, then opens the page onto them as options.html does. */
async function open(settings: unknown): Promise<HTMLElement> {
  if (settings !== undefined) page.current?.store.set('settings', settings);
  const [initialSettings, initialStats] = await Promise.all([readItem(settingsItem), readItem(statsItem)]);
  const container = document.body.appendChild(document.createElement('div'));
  act(() => {
    render(<OptionsApp initialSettings={initialSettings} initialStats={initialStats} />, container);
  });
  await settle();
  return container;
}

const stored = (): Record<string, unknown> => page.current?.store.get('settings') as Record<string, unknown>;
const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

function enter(input: HTMLInputElement, text: string): void {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Types `text` in the site entry and presses Add site. */
function addSite(root: HTMLElement, text: string): void {
  const entry = root.querySelector<HTMLInputElement>('#site-entry')!;
  act(() => {
    entry.value = text;
    entry.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    entry.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

beforeEach(() => {
  page.current = createFakeBrowser();
});
afterEach(() => {
  for (const child of document.body.children) render(null, child);
  document.body.replaceChildren();
});

describe('settings page: damaged stored lists', () => {
  it('keeps the valid sites and categories, names what it left out, and stores only that repair', async () => {
    const root = await open({
      version: 1,
      disabledSites: ['127.0.0.1', 'news.example', 'forum.example', 42],
      highlightCategories: ['exercise', 'medication', 'not-a-category'],
    });
    expect(texts(root, '.note--warn li')).toEqual([
      'Kinds of terms: left out “not-a-category”; the rest of the list is kept',
      'Sites where highlighting is off: left out “42”; the rest of the list is kept',
    ]);
    expect(texts(root, '.sites .site-name')).toEqual(['127.0.0.1', 'news.example', 'forum.example']);
    expect(stored()['disabledSites']).toEqual(['127.0.0.1', 'news.example', 'forum.example']);
    expect(stored()['highlightCategories']).toEqual(['medication', 'exercise']);
  });
});

describe('settings page: settings saved by a newer Limber', () => {
  const newerNotice = (root: HTMLElement): string[] => texts(root, '.note--ok').filter((text) => text.includes('newer version of Limber'));

  it('says so until this version writes the settings (a change)', async () => {
    const root = await open({ version: 2, snoozeMin: 7, somethingNew: true });
    expect(newerNotice(root)).toHaveLength(1);
    enter(root.querySelector<HTMLInputElement>('#dailyGoal')!, '6');
    await settle();
    expect(stored()).toMatchObject({ version: 1, dailyGoal: 6, snoozeMin: 7 });
    expect(stored()).not.toHaveProperty('somethingNew');
    expect(newerNotice(root)).toEqual([]);
  });

  it('says so until this version writes the settings (a reset)', async () => {
    const root = await open({ version: 2, snoozeMin: 7 });
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
    act(() => button('Reset to defaults…').click());
    await settle();
    act(() => button('Reset settings').click());
    await settle();
    expect(stored()).toMatchObject({ version: 1, snoozeMin: 10 });
    expect(newerNotice(root)).toEqual([]);
  });
});

describe('settings page: work hours hint', () => {
  const hint = (root: HTMLElement): string[] => texts(root, 'section[aria-labelledby="schedule-title"] > .field-hint').filter((text) => /start|midnight|all day/i.test(text));

  it.each([
    [9 * 60, 17 * 60, []],
    [22 * 60, 6 * 60, ['The end is before the start, so your hours run past midnight.']],
    [9 * 60, 9 * 60, ['Start and end are the same: reminders run all day on work days.']],
  ])('from %i to %i min: %j', async (start, end, expected) => {
    const root = await open({ version: 1, workHoursEnabled: true, workStartMin: start, workEndMin: end });
    expect(hint(root)).toEqual(expected);
  });
});

describe('settings page: international site names', () => {
  it('lists, names in the Remove button and in the "already listed" message a site as it is written', async () => {
    const root = await open({ version: 1, disabledSites: ['xn--bcher-kva.de', 'example.com'] });
    expect(texts(root, '.sites .site-name')).toEqual(['bücher.de', 'example.com']);
    expect([...root.querySelectorAll('.sites button')].map((b) => b.getAttribute('aria-label'))).toEqual(['Remove bücher.de', 'Remove example.com']);
    addSite(root, 'https://bücher.de/angebote');
    expect(root.querySelector('#site-entry-error')?.textContent).toBe('bücher.de is already in the list.');
    expect(stored()['disabledSites']).toEqual(['xn--bcher-kva.de', 'example.com']);
  });

  it('says why a full list takes no more sites', async () => {
    const full = Array.from({ length: 1000 }, (_, i) => `s${i}.example`);
    const root = await open({ version: 1, disabledSites: full });
    addSite(root, 'one-more.example');
    expect(root.querySelector('#site-entry-error')?.textContent).toBe('Lists 1001 sites, but Limber keeps at most 1000.');
  });
});
