/**
 * An in-memory browser for the background's unit tests: storage, alarms,
 * notifications, the badge, windows and tabs keep real state that tests
 * assert on (not call lists). Time is vitest's fake clock (Date.now()).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Listener = (...args: never[]) => unknown;

class FakeEvent<L extends Listener> {
  readonly listeners = new Set<L>();
  addListener(listener: L): void {
    this.listeners.add(listener);
  }
  removeListener(listener: L): void {
    this.listeners.delete(listener);
  }
  hasListener(listener: L): boolean {
    return this.listeners.has(listener);
  }
}

export interface FakeNotification {
  readonly title: string;
  readonly message: string;
  readonly contextMessage?: string;
  readonly buttons?: { title: string }[];
  readonly requireInteraction?: boolean;
  readonly silent?: boolean;
  readonly iconUrl: string;
}

// A path, not `new URL(…, import.meta.url)`: under happy-dom (page tests), URL is the DOM's.
const MESSAGES_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../../src/_locales/en/messages.json');
const MESSAGES = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

function getMessage(key: string, subs?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  // Named placeholders ($TIME$ → its content, "$1") and plain $1 in the message, as Chrome substitutes them.
  const message = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

export function createFakeBrowser() {
  const store = new Map<string, unknown>();
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const notifications = new Map<string, FakeNotification>();
  /** Every notification ever created, in order (to count deliveries). */
  const shown: { id: string; options: FakeNotification }[] = [];
  const badge = { text: '', color: '' };
  const opened: string[] = [];
  /** Open tabs by id; a tab's page is listed by runtime.getContexts once it has loaded. */
  const tabs = new Map<number, { url: string; loaded: boolean }>();
  let nextTabId = 10;
  const openTab = (url: string): number => {
    opened.push(url);
    const id = nextTabId++;
    tabs.set(id, { url, loaded: false });
    return id;
  };
  const env = { firefox: false, fullscreen: false, audible: false, tabUrl: 'https://example.com/', idle: 'active' as 'active' | 'idle' | 'locked' };
  const onChanged = new FakeEvent<(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void>();
  const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

  const runtime: Record<string, unknown> = {
    id: 'limber-test',
    getURL: (path: string) => `chrome-extension://limber-test/${path}`,
    onMessage: new FakeEvent(),
    async getContexts() {
      return [...tabs].filter(([, tab]) => tab.loaded).map(([tabId, tab]) => ({ contextType: 'TAB', tabId, documentUrl: tab.url }));
    },
  };

  const browser = {
    runtime,
    i18n: { getMessage },
    storage: {
      local: {
        async get(key: string | string[] | null) {
          const keys = key === null ? [...store.keys()] : Array.isArray(key) ? key : [key];
          return Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, clone(store.get(k))]));
        },
        async set(items: Record<string, unknown>) {
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            changes[k] = { oldValue: store.get(k), newValue: clone(v) };
            store.set(k, clone(v));
          }
          for (const listener of onChanged.listeners) listener(changes, 'local');
        },
        async remove(key: string) {
          store.delete(key);
        },
      },
      onChanged,
    },
    alarms: {
      async getAll() {
        return [...alarms.values()].map((a) => ({ ...a }));
      },
      async create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) {
        const when = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
        alarms.set(name, { name, scheduledTime: when, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
      },
      async clear(name: string) {
        return alarms.delete(name);
      },
      onAlarm: new FakeEvent(),
    },
    notifications: {
      async create(id: string, options: FakeNotification) {
        notifications.set(id, options);
        shown.push({ id, options });
        return id;
      },
      async clear(id: string) {
        return notifications.delete(id);
      },
      onClicked: new FakeEvent(),
      onButtonClicked: new FakeEvent(),
    },
    action: {
      async setBadgeText({ text }: { text: string }) {
        badge.text = text;
      },
      async setBadgeBackgroundColor({ color }: { color: string }) {
        badge.color = color;
      },
    },
    windows: {
      WINDOW_ID_NONE: -1,
      async create({ url }: { url: string }) {
        return { id: 2, tabs: [{ id: openTab(url) }] };
      },
      async update(windowId: number) {
        return { id: windowId };
      },
      async getLastFocused() {
        return { id: 1, focused: true, state: env.fullscreen ? 'fullscreen' : 'normal' };
      },
      onFocusChanged: new FakeEvent(),
    },
    tabs: {
      async create({ url }: { url: string }) {
        return { id: openTab(url), windowId: 1 };
      },
      async update(tabId: number) {
        if (!tabs.has(tabId)) throw new Error(`No tab with id: ${String(tabId)}.`);
        return { id: tabId, windowId: 1 };
      },
      async query() {
        return [{ id: 7, active: true, audible: env.audible }];
      },
      async sendMessage(_tabId: number, message: { type: string }) {
        if (message.type === 'content/ping') return { ok: true, url: env.tabUrl };
        return undefined;
      },
    },
    idle: {
      async queryState() {
        return env.idle;
      },
      setDetectionInterval() {},
      onStateChanged: new FakeEvent(),
    },
    commands: { onCommand: new FakeEvent() },
  };

  return {
    browser,
    store,
    alarms,
    notifications,
    shown,
    badge,
    opened,
    tabs,
    env,
    /** Every open page finishes loading (runtime.getContexts lists it from now on). */
    loadPages() {
      for (const tab of tabs.values()) tab.loaded = true;
    },
    /** Makes the fake look like Firefox (getBrowserInfo exists; the code then shows no buttons). */
    beFirefox(on: boolean) {
      if (on) runtime['getBrowserInfo'] = async () => ({ name: 'Firefox' });
      else delete runtime['getBrowserInfo'];
    },
    reset() {
      store.clear();
      alarms.clear();
      notifications.clear();
      shown.length = 0;
      opened.length = 0;
      tabs.clear();
      badge.text = '';
      badge.color = '';
      Object.assign(env, { firefox: false, fullscreen: false, audible: false, tabUrl: 'https://example.com/', idle: 'active' });
      delete runtime['getBrowserInfo'];
    },
  };
}

export const fake = createFakeBrowser();
