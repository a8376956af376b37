// @vitest-environment happy-dom
/**
 * Settings a page shows and changes (popup, options): quick changes in a row
 * all land, and storage's reports of earlier writes, early or late, never
 * flip a control back or feed the next change a stale base. Storage here is
 * a fake whose write reports and write answers the test releases one by one,
 * in either order (Chrome reports before answering; nothing promises it).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const storage = vi.hoisted(() => {
  const state = {
    stored: undefined as unknown,
    listeners: new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>(),
    /** Writes in flight: each has a report (onChanged) and an answer (the promise) to release. */
    writes: [] as { value: unknown; report: () => void; answer: () => void; fail: () => void }[],
  };
  return state;
});

vi.mock('../../../src/shared/browser', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (storage.stored === undefined ? {} : { [key]: structuredClone(storage.stored) }),
        set: (items: Record<string, unknown>) =>
          new Promise<void>((resolve, reject) => {
            const value = structuredClone(items['settings']);
            storage.stored = value;
            storage.writes.push({
              value,
              report: () => storage.listeners.forEach((l: ChangeListener) => l({ settings: { newValue: structuredClone(value) } }, 'local')),
              answer: resolve,
              fail: () => reject(new Error('QUOTA_BYTES quota exceeded')),
            });
          }),
      },
      onChanged: {
        addListener: (l: ChangeListener) => storage.listeners.add(l),
        removeListener: (l: ChangeListener) => storage.listeners.delete(l),
      },
    },
  },
}));

const { useEditableSettings } = await import('../../../src/shared/ui/use-editable-settings');
type Editable = ReturnType<typeof useEditableSettings>;

let page: Editable;
function Probe() {
  page = useEditableSettings({ settings: DEFAULT_SETTINGS, problems: [] });
  return <p>{page.settings.dailyGoal}</p>;
}

/** Lets every pending promise and Preact render run. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function mount(): Promise<HTMLElement> {
  const container = document.body.appendChild(document.createElement('div'));
  act(() => {
    render(<Probe />, container);
  });
  await settle();
  return container;
}

const change = (key: keyof Settings, value: unknown) => (current: Settings): Settings => ({ ...current, [key]: value });
const storedSettings = (): Settings => storage.stored as Settings;

beforeEach(() => {
  storage.stored = { ...DEFAULT_SETTINGS };
  storage.writes = [];
  storage.listeners.clear();
});
afterEach(() => {
  render(null, document.body.firstElementChild ?? document.body);
  document.body.replaceChildren();
});

describe('editable settings', () => {
  it('builds a quick second change on the first, before storage has reported either', async () => {
    await mount();
    await act(async () => {
      void page.write(change('dailyGoal', 7));
      void page.write(change('highlightAll', true));
    });
    expect(storedSettings()).toMatchObject({ dailyGoal: 7, highlightAll: true });
    expect(page.settings).toMatchObject({ dailyGoal: 7, highlightAll: true });
  });

  it("keeps showing its newest change when storage reports an older write late (report before answer, as Chrome does)", async () => {
    const container = await mount();
    await act(async () => {
      void page.write(change('dailyGoal', 7));
    });
    await act(async () => {
      void page.write(change('dailyGoal', 9));
    });
    const [first, second] = storage.writes;
    first!.report();
    await settle();
    expect(container.textContent).toBe('9');
    first!.answer();
    await settle();
    expect(container.textContent).toBe('9');
    // A change made now must start from 9, not from the reported 7.
    await act(async () => {
      void page.write(change('highlightAll', true));
    });
    expect(storedSettings()).toMatchObject({ dailyGoal: 9, highlightAll: true });
    second!.report();
    second!.answer();
    storage.writes[2]!.report();
    storage.writes[2]!.answer();
    await settle();
    expect(page.settings).toMatchObject({ dailyGoal: 9, highlightAll: true });
  });

  it('keeps its change on screen when the write is answered before storage reports it', async () => {
    const container = await mount();
    await act(async () => {
      void page.write(change('dailyGoal', 7));
    });
    storage.writes[0]!.answer();
    await settle();
    expect(container.textContent).toBe('7');
    storage.writes[0]!.report();
    await settle();
    expect(container.textContent).toBe('7');
  });

  it('shows a change made elsewhere once its own writes have settled', async () => {
    const container = await mount();
    await act(async () => {
      void page.write(change('dailyGoal', 7));
    });
    storage.writes[0]!.report();
    storage.writes[0]!.answer();
    await settle();
    // Another window (or an import) writes later.
    storage.stored = { ...DEFAULT_SETTINGS, dailyGoal: 3 };
    storage.listeners.forEach((l: ChangeListener) => l({ settings: { newValue: { ...DEFAULT_SETTINGS, dailyGoal: 3 } } }, 'local'));
    await settle();
    expect(container.textContent).toBe('3');
    await act(async () => {
      void page.write(change('highlightAll', true));
    });
    expect(storedSettings()).toMatchObject({ dailyGoal: 3, highlightAll: true });
  });

  it('goes back to what is stored when a write fails, and the next change builds on that', async () => {
    const container = await mount();
    let failure: unknown = null;
    await act(async () => {
      page.write(change('dailyGoal', 7)).catch((error: unknown) => (failure = error));
    });
    expect(container.textContent).toBe('7');
    storage.stored = { ...DEFAULT_SETTINGS };
    storage.writes[0]!.fail();
    await settle();
    expect(failure).toBeInstanceOf(Error);
    expect(container.textContent).toBe(String(DEFAULT_SETTINGS.dailyGoal));
    await act(async () => {
      void page.write(change('highlightAll', true));
    });
    expect(storedSettings()).toMatchObject({ dailyGoal: DEFAULT_SETTINGS.dailyGoal, highlightAll: true });
  });
});
