/**
 * What a click on an alert does. A click on the stretch-break alert (or its
 * "Start stretch" button) starts the break through the same path as
 * 'timer/stretch-now', which opens the break page like 'page/open-break'.
 */
import browser from '../shared/browser';
import { readItem, timerItem } from '../shared/storage';
import { MAX_SNOOZES, breakIsDue } from '../shared/timer';
import { runEvent } from './engine';
import {
  BREAK_BUTTON_SECOND,
  BREAK_BUTTON_START,
  MORNING_BUTTON_START,
  NOTE_BREAK,
  NOTE_HEADS_UP,
  NOTE_MORNING,
  NOTE_POSTURE,
} from './notifications';
import { openBreak } from './pages';

async function openMorningRoutine(): Promise<void> {
  await browser.notifications.clear(NOTE_MORNING);
  await openBreak({ routineId: 'morning-5' });
}

export async function onNotificationClicked(id: string): Promise<void> {
  if (id === NOTE_BREAK || id === NOTE_HEADS_UP) await runEvent({ type: 'stretch-now' });
  else if (id === NOTE_MORNING) await openMorningRoutine();
  else if (id === NOTE_POSTURE) await browser.notifications.clear(NOTE_POSTURE);
}

export async function onNotificationButton(id: string, index: number): Promise<void> {
  if (id === NOTE_BREAK) {
    if (index === BREAK_BUTTON_START) await runEvent({ type: 'stretch-now' });
    else if (index === BREAK_BUTTON_SECOND) {
      // The alert offered Snooze while snoozes were left, Skip once they were not.
      const { state } = await readItem(timerItem);
      const outcome = await runEvent(state.snoozeCount < MAX_SNOOZES ? { type: 'snooze' } : { type: 'skip' });
      // An alert left on screen after its break was taken answers nothing: it goes.
      if (!breakIsDue(outcome.before)) await browser.notifications.clear(NOTE_BREAK);
    }
  } else if (id === NOTE_MORNING) {
    if (index === MORNING_BUTTON_START) await openMorningRoutine();
    else await browser.notifications.clear(NOTE_MORNING); // "Not today": it was offered once today already
  }
}
