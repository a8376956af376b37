import { describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';

vi.mock('../../../src/shared/browser', () => ({ default: fake.browser }));
const { isCallUrl } = await import('../../../src/background/dont-interrupt');
const { alarmIsCurrent } = await import('../../../src/background/alarms');
const { ALARM_BREAK, ALARM_TICK, INITIAL_TIMER_STATE } = await import('../../../src/shared/timer');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');

describe('video-call pages', () => {
  it.each([
    'https://meet.google.com/abc-defg-hij',
    'https://meet.google.com/abc-defg-hij?authuser=0',
    'https://us02web.zoom.us/wc/123456789/join',
    'https://zoom.us/j/123456789',
    'https://app.zoom.us/wc/123/start',
    'https://teams.microsoft.com/v2/',
    'https://teams.live.com/meet/9384',
    'https://whereby.com/my-room',
    'https://meet.jit.si/SomeRoom',
  ])('%s is a call', (url) => {
    expect(isCallUrl(url)).toBe(true);
  });

  it.each([
    'https://meet.google.com/',
    'https://zoom.us/pricing',
    'https://whereby.com/',
    'https://meet.jit.si/',
    'https://example.com/meet.google.com/abc-defg-hij',
    'https://notzoom.us/j/1',
    'chrome://newtab/',
    'not a url',
  ])('%s is not', (url) => {
    expect(isCallUrl(url)).toBe(false);
  });
});

describe('stale alarms', () => {
  const running = { ...INITIAL_TIMER_STATE, phase: 'running' as const, nextBreakAt: 100_000, nextPostureAt: 50_000 };

  it('an alarm at the stored due time (or after it) is current', () => {
    expect(alarmIsCurrent(ALARM_BREAK, 100_000, running, DEFAULT_SETTINGS)).toBe(true);
    expect(alarmIsCurrent(ALARM_BREAK, 100_500, running, DEFAULT_SETTINGS)).toBe(true);
  });

  it('an alarm from before the state moved on is stale; so is one the state no longer needs', () => {
    expect(alarmIsCurrent(ALARM_BREAK, 40_000, running, DEFAULT_SETTINGS)).toBe(false);
    expect(alarmIsCurrent(ALARM_BREAK, 100_000, INITIAL_TIMER_STATE, DEFAULT_SETTINGS)).toBe(false);
  });

  it('the periodic tick is always current', () => {
    expect(alarmIsCurrent(ALARM_TICK, 1, INITIAL_TIMER_STATE, DEFAULT_SETTINGS)).toBe(true);
  });
});
