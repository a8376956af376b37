/** The current time, refreshed every `periodMs` while the popup is open (aligned to whole seconds). */
import { useEffect, useState } from 'preact/hooks';

export function useNow(periodMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = (): void => {
      const current = Date.now();
      setNow(current);
      // Land just after the next whole second, so a countdown changes in step with the clock.
      timer = setTimeout(tick, periodMs - (current % periodMs) + 5);
    };
    timer = setTimeout(tick, periodMs - (Date.now() % periodMs) + 5);
    return () => clearTimeout(timer);
  }, [periodMs]);
  return now;
}
