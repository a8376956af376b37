/**
 * Numbers and times as people read them in Limber's UI. Pure: the locale and
 * the current time are parameters, so every case is unit-tested.
 */

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

/** A countdown: "12:05" (minutes:seconds), "1:02:03" past an hour, never negative; rounds up. */
export function formatCountdown(ms: number): string {
  const totalSec = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / SECOND_MS) : 0;
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = totalSec % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whole minutes, rounded up (a remaining 30 s is "1"), never negative. */
export function minutesCeil(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / MINUTE_MS) : 0;
}

/** Whole minutes, rounded to nearest, for time already spent ("minutes stretched"). */
export function minutesRounded(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / MINUTE_MS) : 0;
}

/** Whether two instants fall on the same local calendar day. */
export function sameLocalDay(aAt: number, bAt: number): boolean {
  const a = new Date(aAt);
  const b = new Date(bAt);
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * A clock time as the locale writes it: "14:30" (or "2:30 PM") when `at` is
 * today, with the weekday ("Mon 09:00") when it is another day.
 */
export function formatClockTime(at: number, now: number, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = sameLocalDay(at, now)
    ? { hour: 'numeric', minute: '2-digit' }
    : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/** Minutes after midnight as the value of an `<input type="time">` ("09:05"). */
export function minutesToTimeValue(minutes: number): string {
  const m = ((Math.trunc(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The value of an `<input type="time">` ("09:05", "09:05:30") as minutes after midnight, or null. */
export function timeValueToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}
