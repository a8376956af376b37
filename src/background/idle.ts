/**
 * Idle detection: away for at least a break's length is a natural break
 * (see the 'idle' event in shared/timer.ts); coming back may offer the
 * morning routine.
 */
import browser from '../shared/browser';
import { IDLE_DETECTION_SEC } from '../shared/timer';
import { runEvent } from './engine';
import { maybeOfferMorning } from './morning';
import { serially } from './serial';

export function setUpIdleDetection(): void {
  browser.idle.setDetectionInterval(IDLE_DETECTION_SEC);
}

export async function onIdleChanged(idleState: 'active' | 'idle' | 'locked'): Promise<void> {
  await runEvent({ type: 'idle', idleState });
  if (idleState === 'active') await serially(() => maybeOfferMorning(Date.now()));
}
