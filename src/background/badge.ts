/** The toolbar badge: minutes to the next stretch break, from the stored state (see badgeFor). */
import browser from '../shared/browser';
import { badgeFor, type TimerState } from '../shared/timer';
import type { Settings } from '../shared/settings';

const COLOURS = { active: '#1f6f5c', muted: '#7a7f85' } as const;

export async function updateBadge(state: TimerState, settings: Settings, now: number): Promise<void> {
  const { text, tone } = badgeFor(state, settings, now);
  await Promise.all([
    browser.action.setBadgeText({ text }),
    text === '' ? Promise.resolve() : browser.action.setBadgeBackgroundColor({ color: COLOURS[tone] }),
  ]);
}
