import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatCountdown,
  minutesCeil,
  minutesRounded,
  minutesToTimeValue,
  sameLocalDay,
  timeValueToMinutes,
} from '../../../src/shared/format';

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [-5000, '0:00'],
    [Number.NaN, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [59_000, '0:59'],
    [60_000, '1:00'],
    [605_000, '10:05'],
    [45 * 60_000, '45:00'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
    [26 * 3_600_000, '26:00:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('minutes', () => {
  it('rounds remaining time up and spent time to nearest', () => {
    expect(minutesCeil(1)).toBe(1);
    expect(minutesCeil(60_000)).toBe(1);
    expect(minutesCeil(60_001)).toBe(2);
    expect(minutesCeil(-1)).toBe(0);
    expect(minutesRounded(89_000)).toBe(1);
    expect(minutesRounded(90_000)).toBe(2);
    expect(minutesRounded(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('local days and clock times', () => {
  const morning = new Date(2026, 10, 28, 0, 5).getTime();
  const evening = new Date(2026, 10, 28, 23, 55).getTime();
  const nextDay = new Date(2026, 10, 29, 0, 5).getTime();

  it('tells local calendar days apart', () => {
    expect(sameLocalDay(morning, evening)).toBe(true);
    expect(sameLocalDay(evening, nextDay)).toBe(false);
  });

  it('writes today as a bare clock time and another day with its weekday', () => {
    const at = new Date(2026, 10, 28, 14, 30).getTime();
    expect(formatClockTime(at, morning, 'en-GB')).toBe('14:30');
    expect(formatClockTime(at, morning, 'en-US')).toMatch(/^2:30\sPM$/);
    expect(formatClockTime(nextDay, evening, 'en-GB')).toBe('Sun 00:05');
  });
});

describe('time input values', () => {
  it('writes minutes after midnight as HH:MM', () => {
    expect(minutesToTimeValue(0)).toBe('00:00');
    expect(minutesToTimeValue(9 * 60 + 5)).toBe('09:05');
    expect(minutesToTimeValue(1439)).toBe('23:59');
    expect(minutesToTimeValue(1440)).toBe('00:00');
  });

  it('reads HH:MM and HH:MM:SS, rejecting anything else', () => {
    expect(timeValueToMinutes('09:05')).toBe(545);
    expect(timeValueToMinutes('23:59:30')).toBe(1439);
    expect(timeValueToMinutes('00:00')).toBe(0);
    for (const bad of ['', '9:05', '24:00', '12:60', 'noon', '12-30']) expect(timeValueToMinutes(bad), bad).toBeNull();
  });
});
