/**
 * The background's shell around the timer, against an in-memory browser:
 * storage, alarms, notifications and the badge end up as a person would
 * see them, alarms never fire an alert twice, and Firefox gets no buttons.
 */
process.env.TZ = 'Europe/Berlin';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';

vi.mock('../../../src/shared/browser', () => ({ default: fake.browser }));

const { runAlarm } = await import('../../../src/background/engine');
const { reconcile, onStorageChanged, onTimerInstalled, onStartup } = await import('../../../src/background/lifecycle');
const { onNotificationButton, onNotificationClicked } = await import('../../../src/background/notification-clicks');
const { onCommand } = await import('../../../src/background/commands');
const { openBreak } = await import('../../../src/background/pages');
const { onTabRemoved } = await import('../../../src/background/break-tab');
const { onIdleChanged } = await import('../../../src/background/idle');
const { timerHandlers } = await import('../../../src/background/timer-handlers');
const { ALARM_BREAK, ALARM_POSTURE, ALARM_TICK, MINUTE_MS } = await import('../../../src/shared/timer');
const { postureTip } = await import('../../../src/background/notifications');
const { tips } = await import('../../../src/knowledge/tips');

/** What a posture check may say: the desk-posture tips. */
const deskTips = tips.filter((tip) => tip.category === 'desk-posture').map((tip) => tip.text);

const MON_10 = new Date(2026, 5, 15, 10, 0).getTime();

function timer(): Record<string, unknown> {
  return fake.store.get('timer') as Record<string, unknown>;
}
function today(): Record<string, number> {
  return ((fake.store.get('stats') as { days: Record<string, Record<string, number>> } | undefined)?.days['2026-06-15']) ?? {};
}
async function setSettings(settings: Record<string, unknown>): Promise<void> {
  await fake.browser.storage.local.set({ settings: { version: 1, ...settings } });
}
/** Lets the clock reach `at` and delivers every one-shot alarm due by then, as the browser would. */
async function advanceTo(at: number): Promise<void> {
  vi.setSystemTime(at);
  for (const alarm of [...fake.alarms.values()].sort((a, b) => a.scheduledTime - b.scheduledTime)) {
    if (alarm.name !== ALARM_TICK && alarm.scheduledTime <= at) {
      fake.alarms.delete(alarm.name);
      await runAlarm(alarm.name, alarm.scheduledTime);
    }
  }
}
const shownIds = (): string[] => fake.shown.map((s) => s.id);

beforeEach(() => {
  fake.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MON_10);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('starting', () => {
  it('stores the running state, creates alarms from absolute times and shows minutes on the badge', async () => {
    const reply = await timerHandlers['timer/start']();
    expect(reply.ok).toBe(true);
    expect(timer()).toMatchObject({ phase: 'running', nextBreakAt: MON_10 + 45 * MINUTE_MS, nextPostureAt: MON_10 + 20 * MINUTE_MS });
    expect(fake.alarms.get(ALARM_BREAK)?.scheduledTime).toBe(MON_10 + 45 * MINUTE_MS);
    expect(fake.alarms.get(ALARM_POSTURE)?.scheduledTime).toBe(MON_10 + 20 * MINUTE_MS);
    expect(fake.alarms.get(ALARM_TICK)?.periodInMinutes).toBe(0.5);
    expect(fake.badge).toEqual({ text: '45m', color: '#1f6f5c' });
  });

  it('recreates alarms that went missing, on the next wake-up', async () => {
    await timerHandlers['timer/start']();
    fake.alarms.clear();
    await reconcile();
    expect(fake.alarms.get(ALARM_BREAK)?.scheduledTime).toBe(MON_10 + 45 * MINUTE_MS);
    expect(fake.alarms.has(ALARM_TICK)).toBe(true);
  });
});

describe('alerts', () => {
  it('a posture check shows a desk-posture tip, says it is a general tip and not medical advice, and is counted (Chrome)', async () => {
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 20 * MINUTE_MS);
    expect(shownIds()).toEqual(['limber-posture']);
    const note = fake.notifications.get('limber-posture');
    expect(note?.title).toBe('Posture check');
    expect(deskTips).toContain(note?.message);
    expect(note?.contextMessage).toBe('Limber · general tip, not medical advice');
    expect(today()['postureShown']).toBe(1);
  });

  it('in Firefox, which shows no context line, the posture tip itself ends with the notice', async () => {
    fake.beFirefox(true);
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 20 * MINUTE_MS);
    const note = fake.notifications.get('limber-posture');
    const tip = deskTips.find((text) => note?.message.startsWith(text));
    expect(tip).toBeDefined();
    expect(note?.message).toBe(`${tip} General tip, not medical advice.`);
  });

  it('posture checks in a row go through every desk-posture tip, and only those', () => {
    const shown = Array.from({ length: deskTips.length }, (_, i) => postureTip(MON_10 + i * 20 * MINUTE_MS, 20));
    expect([...shown].sort()).toEqual([...deskTips].sort());
  });

  it('a stretch break names the routine and its first stretch, with Start and Snooze buttons (Chrome)', async () => {
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    expect(fake.notifications.get('limber-break')).toMatchObject({
      title: 'Time for a stretch break',
      message: '2-minute desk break, starting with Shoulder rolls.',
      buttons: [{ title: 'Start stretch' }, { title: 'Snooze 10 min' }],
      requireInteraction: true,
      iconUrl: 'chrome-extension://limber-test/icons/icon-128.png',
    });
  });

  it('in Firefox: no buttons, no requireInteraction, and the text says to click', async () => {
    fake.beFirefox(true);
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    const note = fake.notifications.get('limber-break');
    expect(note?.message).toBe('2-minute desk break, starting with Shoulder rolls. Click to start.');
    expect(note).not.toHaveProperty('buttons');
    expect(note).not.toHaveProperty('requireInteraction');
  });

  it('requireInteraction follows the setting', async () => {
    await setSettings({ requireInteraction: false });
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    expect(fake.notifications.get('limber-break')?.requireInteraction).toBe(false);
  });

  it('the same alarm delivered twice alerts once', async () => {
    await timerHandlers['timer/start']();
    const due = MON_10 + 45 * MINUTE_MS;
    vi.setSystemTime(due);
    await Promise.all([runAlarm(ALARM_BREAK, due), runAlarm(ALARM_BREAK, due), reconcile()]);
    expect(shownIds().filter((id) => id === 'limber-break')).toHaveLength(1);
  });

  it('an alarm left over from before a snooze does nothing', async () => {
    await timerHandlers['timer/start']();
    const due = MON_10 + 45 * MINUTE_MS;
    vi.setSystemTime(due);
    await runAlarm(ALARM_BREAK, due);
    expect(shownIds()).toContain('limber-break');
    const shown = shownIds().length;
    await timerHandlers['timer/snooze']({ minutes: 15 }); // now due at +60
    expect(await runAlarm(ALARM_BREAK, due)).toBeNull();
    expect(shownIds()).toHaveLength(shown);
    expect(fake.alarms.get(ALARM_BREAK)?.scheduledTime).toBe(due + 15 * MINUTE_MS);
  });

  it('snooze and skip with no break due are refused, and change nothing', async () => {
    await timerHandlers['timer/start']();
    const before = timer()['nextBreakAt'];
    vi.setSystemTime(MON_10 + MINUTE_MS);
    expect(await timerHandlers['timer/snooze']({ minutes: 5 })).toMatchObject({ ok: false, reason: 'no-break-due' });
    expect(await timerHandlers['timer/skip']()).toMatchObject({ ok: false, reason: 'no-break-due' });
    expect(timer()['nextBreakAt']).toBe(before);
  });

  it('after the computer slept through several due times, one alert, then the schedule resumes', async () => {
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 8 * 60 * MINUTE_MS);
    await reconcile();
    expect(shownIds()).toEqual(['limber-break']);
    expect(timer()['nextBreakAt']).toBe(MON_10 + 8 * 60 * MINUTE_MS + 45 * MINUTE_MS);
  });

  it('after three snoozes the alert says so and its second button skips', async () => {
    await timerHandlers['timer/start']();
    let now = MON_10 + 45 * MINUTE_MS;
    await advanceTo(now);
    for (let i = 0; i < 3; i++) {
      await onNotificationButton('limber-break', 1);
      now = timer()['nextBreakAt'] as number;
      await advanceTo(now);
    }
    const note = fake.notifications.get('limber-break');
    expect(note?.message).toContain('snoozed three times in a row');
    expect(note?.buttons).toEqual([{ title: 'Start stretch' }, { title: 'Skip this one' }]);
    expect(today()['snoozed']).toBe(3);
    expect((await timerHandlers['timer/snooze']({})).reason).toBe('snooze-limit');
    await onNotificationButton('limber-break', 1);
    expect(today()['skipped']).toBe(1);
    expect(timer()['snoozeCount']).toBe(0);
  });

  it('a click on the alert starts the break and opens the page in a small window', async () => {
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    await onNotificationClicked('limber-break');
    expect(timer()['phase']).toBe('on-break');
    // The page's URL names the break (its start time), so the page's report can end only this break.
    expect(fake.opened).toEqual([`chrome-extension://limber-test/break.html?routine=desk-2&break=${String(timer()['breakStartedAt'])}`]);
    expect(fake.notifications.has('limber-break')).toBe(false);
  });
});

describe('the break page', () => {
  const breakPages = (): string[] => fake.opened.filter((url) => url.includes('&break='));

  it('"Stretch now" twice in quick succession, and the alert clicked too, open one page for the break while it is still loading', async () => {
    await timerHandlers['timer/start']();
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    await Promise.all([onCommand('stretch-now'), onCommand('stretch-now'), onNotificationClicked('limber-break')]);
    expect(breakPages()).toEqual([`chrome-extension://limber-test/break.html?routine=desk-2&break=${String(timer()['breakId'])}`]);
    // "Back to the break" from the popup, at the same moment, finds it too.
    await openBreak({ routineId: 'desk-2' });
    expect(breakPages()).toHaveLength(1);
  });

  it("the next break gets a page of its own, though the last break's page is still open", async () => {
    await timerHandlers['timer/start']();
    await onCommand('stretch-now');
    fake.loadPages();
    await timerHandlers['break/complete']({ breakId: timer()['breakId'] as number, secondsStretched: 120 });
    vi.setSystemTime(MON_10 + 10 * MINUTE_MS);
    await onCommand('stretch-now');
    await onCommand('stretch-now');
    expect(breakPages()).toHaveLength(2);
    expect(breakPages()[1]).toContain(`&break=${String(MON_10 + 10 * MINUTE_MS)}`);
  });
});

describe('a break page gone without its report', () => {
  /** Starts a break whose page loads; the background last looks at the clock 30 s in. */
  async function breakSeenAt30s(): Promise<number> {
    await timerHandlers['timer/start']();
    await onCommand('stretch-now');
    fake.loadPages();
    vi.setSystemTime(MON_10 + 30_000);
    await runAlarm(ALARM_TICK, MON_10 + 30_000);
    return (fake.store.get('breakTab') as { tabId: number }).tabId;
  }

  it('closed while the background slept: stretched until the tab closed, though its start-up check finds the page gone first', async () => {
    const tabId = await breakSeenAt30s();
    vi.setSystemTime(MON_10 + 2 * MINUTE_MS);
    fake.tabs.delete(tabId);
    // The tab's removal wakes the background: its start-up check runs first, then the removal's listener.
    const starting = reconcile();
    await new Promise((done) => setTimeout(done, 50));
    await Promise.all([starting, onTabRemoved(tabId)]);
    expect(today()).toMatchObject({ partial: 1, minutesStretched: 2 });
    expect(timer()['phase']).toBe('running');
  });

  it('the browser quit during the break: no removal heard, stretched until Limber last saw the clock', async () => {
    const tabId = await breakSeenAt30s();
    fake.tabs.delete(tabId);
    vi.setSystemTime(MON_10 + 60 * MINUTE_MS);
    await onStartup();
    await reconcile();
    expect(today()).toMatchObject({ partial: 1, minutesStretched: 0.5 });
  });
});

describe("don't interrupt", () => {
  it('holds the alert while the window is fullscreen and shows it once it is not', async () => {
    await setSettings({ postureEnabled: false });
    await timerHandlers['timer/start']();
    fake.env.fullscreen = true;
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    expect(shownIds()).toEqual([]);
    expect(timer()['held']).toMatchObject({ kind: 'break' });
    fake.env.fullscreen = false;
    vi.setSystemTime(MON_10 + 47 * MINUTE_MS);
    await runAlarm(ALARM_TICK, MON_10 + 47 * MINUTE_MS);
    await runAlarm(ALARM_TICK, MON_10 + 47 * MINUTE_MS + 30_000);
    expect(shownIds()).toEqual(['limber-break']);
  });

  it('holds it during sound and on a video call page', async () => {
    await setSettings({ postureEnabled: false });
    await timerHandlers['timer/start']();
    fake.env.audible = true;
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    expect(shownIds()).toEqual([]);
    fake.env.audible = false;
    fake.env.tabUrl = 'https://meet.google.com/abc-defg-hij';
    await runAlarm(ALARM_TICK, MON_10 + 45 * MINUTE_MS);
    expect(shownIds()).toEqual([]);
    fake.env.tabUrl = 'https://example.com/';
    await runAlarm(ALARM_TICK, MON_10 + 45 * MINUTE_MS);
    expect(shownIds()).toEqual(['limber-break']);
  });

  it('after 30 minutes held, delivers quietly (no sound, not sticky)', async () => {
    await setSettings({ postureEnabled: false });
    await timerHandlers['timer/start']();
    fake.env.fullscreen = true;
    await advanceTo(MON_10 + 45 * MINUTE_MS);
    vi.setSystemTime(MON_10 + 75 * MINUTE_MS);
    await runAlarm(ALARM_TICK, MON_10 + 75 * MINUTE_MS);
    expect(fake.notifications.get('limber-break')).toMatchObject({ silent: true, requireInteraction: false });
  });
});

describe('idle', () => {
  it('away for the break length: no alert on return, the schedule restarts', async () => {
    await timerHandlers['timer/start']();
    vi.setSystemTime(MON_10 + 10 * MINUTE_MS);
    await onIdleChanged('locked');
    await advanceTo(MON_10 + 50 * MINUTE_MS);
    fake.env.idle = 'active';
    await onIdleChanged('active');
    expect(shownIds().filter((id) => id !== 'limber-morning')).toEqual([]);
    expect(timer()['nextBreakAt']).toBe(MON_10 + 95 * MINUTE_MS);
  });

  it('a lost "active" event is noticed by the periodic tick', async () => {
    await timerHandlers['timer/start']();
    await onIdleChanged('locked');
    fake.env.idle = 'active';
    vi.setSystemTime(MON_10 + 60 * MINUTE_MS);
    await runAlarm(ALARM_TICK, MON_10 + 60 * MINUTE_MS);
    expect(timer()['idleSince']).toBeNull();
    expect(timer()['nextBreakAt']).toBe(MON_10 + 105 * MINUTE_MS);
  });
});

describe('settings, commands and the morning routine', () => {
  it('a changed interval from the options page reschedules at once', async () => {
    await timerHandlers['timer/start']();
    vi.setSystemTime(MON_10 + 5 * MINUTE_MS);
    const oldValue = fake.store.get('settings');
    await setSettings({ breakIntervalMin: 30 });
    await onStorageChanged({ settings: { oldValue, newValue: fake.store.get('settings') } }, 'local');
    expect(fake.alarms.get(ALARM_BREAK)?.scheduledTime).toBe(MON_10 + 35 * MINUTE_MS);
    expect(fake.badge.text).toBe('30m');
  });

  it('the keyboard command starts, pauses and resumes; the other stretches now', async () => {
    await onCommand('toggle-timer');
    expect(timer()['phase']).toBe('running');
    await onCommand('toggle-timer');
    expect(timer()).toMatchObject({ phase: 'paused', pausedUntil: null });
    expect(fake.badge).toEqual({ text: '||', color: '#7a7f85' });
    await onCommand('toggle-timer');
    expect(timer()['phase']).toBe('running');
    await onCommand('stretch-now');
    expect(timer()['phase']).toBe('on-break');
    expect(fake.opened).toHaveLength(1);
  });

  it('offers the morning routine once a day, after the morning hour, not on the day of install', async () => {
    vi.setSystemTime(new Date(2026, 5, 15, 3, 30).getTime());
    await onStartup();
    expect(shownIds()).toEqual([]); // before 04:00
    vi.setSystemTime(new Date(2026, 5, 15, 7, 0).getTime());
    await onStartup();
    await onStartup();
    expect(shownIds()).toEqual(['limber-morning']);
    expect(fake.notifications.get('limber-morning')?.buttons).toEqual([{ title: 'Start routine' }, { title: 'Not today' }]);
    await onNotificationButton('limber-morning', 0);
    expect(fake.opened).toEqual(['chrome-extension://limber-test/break.html?routine=morning-5']);

    vi.setSystemTime(new Date(2026, 5, 16, 6, 0).getTime());
    await onTimerInstalled({ reason: 'install', temporary: false });
    await onStartup();
    expect(shownIds()).toEqual(['limber-morning']);
    vi.setSystemTime(new Date(2026, 5, 17, 6, 0).getTime());
    await setSettings({ morningRoutine: false });
    await onStartup();
    expect(shownIds()).toEqual(['limber-morning']);
  });
});
