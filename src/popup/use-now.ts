/**
 * The current time, for a countdown. The popup renders again every second
 * while open, just after the countdown's shown value changes (`alignTo`, the
 * time counted down to, decides where in the second that is), and every
 * render reads the clock itself: a render caused by something else (a timer
 * action's answer) never compares a new due time with an old clock ("45:01").
 */
import { useEffect, useState } from 'preact/hooks';

export function useNow(alignTo: number | null = null, periodMs = 1000): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    // Time to the next moment when (alignTo - now) is a whole number of periods, plus a little.
    const delay = (): number => periodMs - ((((Date.now() - (alignTo ?? 0)) % periodMs) + periodMs) % periodMs) + 5;
    const tick = (): void => {
      setTicks((n) => n + 1);
      timer = setTimeout(tick, delay());
    };
    timer = setTimeout(tick, delay());
    return () => clearTimeout(timer);
  }, [alignTo, periodMs]);
  return Date.now();
}
