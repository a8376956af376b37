/** Keyboard commands from the manifest: start/pause the timer; stretch now. */
import { readItem, timerItem } from '../shared/storage';
import { runEvent } from './engine';

export const COMMAND_TOGGLE = 'toggle-timer';
export const COMMAND_STRETCH = 'stretch-now';

export async function onCommand(name: string): Promise<void> {
  if (name === COMMAND_STRETCH) {
    await runEvent({ type: 'stretch-now' });
    return;
  }
  if (name !== COMMAND_TOGGLE) return;
  const { state } = await readItem(timerItem);
  if (state.phase === 'stopped') await runEvent({ type: 'start' });
  else if (state.phase === 'paused') await runEvent({ type: 'resume' });
  // During a break there is nothing to pause: the shortcut brings the break's page back.
  else if (state.phase === 'on-break') await runEvent({ type: 'stretch-now' });
  else await runEvent({ type: 'pause', choice: 'until-resume' });
}
