/**
 * The timer card (container): the time to the next stretch break and
 * posture check, computed each second from the stored absolute times; a
 * clear state line; and the actions, sent to the background's timer.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { send } from '../shared/messenger';
import type { MessageName } from '../shared/messages';
import { formatCountdown } from '../shared/format';
import type { Settings } from '../shared/settings';
import { describeTimer, nextWorkStart, sameApartFromClock, type TimerState } from '../shared/timer';
import { statusLine, timerActions, type TimerAction } from './timer-status';
import { TimerRing } from './TimerRing';
import { PauseMenu } from './PauseMenu';

const ACTION_LABELS: Readonly<Record<Exclude<TimerAction, 'pause'>, MessageKey>> = {
  start: 'popupStart',
  resume: 'popupResume',
  'stretch-now': 'popupStretchNow',
  reset: 'popupRestart',
  snooze: 'popupSnooze',
  skip: 'popupSkip',
  'back-to-break': 'popupBackToBreak',
};

/** The timer command each button sends (the snooze length is the background's default, the setting). */
const COMMANDS = {
  start: 'timer/start',
  resume: 'timer/resume',
  'stretch-now': 'timer/stretch-now',
  reset: 'timer/reset',
  snooze: 'timer/snooze',
  skip: 'timer/skip',
} as const satisfies Readonly<Record<Exclude<TimerAction, 'pause' | 'back-to-break'>, MessageName>>;

/** How long a command with no answer waits for storage to report what it did. */
export const LOST_ANSWER_WAIT_MS = 400;

export function TimerCard({
  state,
  settings,
  now,
  onState,
}: {
  state: TimerState;
  settings: Settings;
  now: number;
  /** The state a command answered with, shown before storage reports it. */
  onState: (state: TimerState) => void;
}) {
  const view = describeTimer(state, settings, now);
  const actions = timerActions(view);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const actionsBox = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  /**
   * After an action the buttons change (the one pressed may be gone, or was
   * disabled while busy, which drops focus): if focus fell to the page, it
   * goes back to the card's first button, so keyboard users stay in place.
   */
  const keepFocus = (): void => {
    if (!refocus.current) return;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body && focused.isConnected) return;
    actionsBox.current?.querySelector('button')?.focus();
  };
  // The new state may be rendered before or after the command's reply (storage reports it too).
  useLayoutEffect(keepFocus, [view.status, view.alertPending, busy]);

  /** The state shown now: a command whose answer was lost may still have changed it. */
  const shown = useRef(state);
  shown.current = state;

  const run = async (command: () => Promise<{ state: TimerState }>): Promise<void> => {
    refocus.current = actionsBox.current?.contains(document.activeElement) ?? false;
    setBusy(true);
    setFailed(false);
    const before = shown.current;
    try {
      const reply = await command();
      onState(reply.state);
    } catch {
      // The browser stopped the background mid-command: the command may have
      // been carried out, its answer lost. Storage's report says so; only a
      // command that changed nothing is reported as failed.
      await new Promise((resolve) => setTimeout(resolve, LOST_ANSWER_WAIT_MS));
      if (sameApartFromClock(shown.current, before)) setFailed(true);
    } finally {
      setBusy(false);
      // Long enough for the storage report's render; then focus is the user's again.
      setTimeout(() => {
        keepFocus();
        refocus.current = false;
      }, 500);
    }
  };

  const act = (action: Exclude<TimerAction, 'pause'>): void => {
    if (action === 'back-to-break') {
      void run(async () => {
        await send('page/open-break', state.breakRoutineId ? { routineId: state.breakRoutineId } : {});
        return { state };
      });
    } else {
      void run(() => send(COMMANDS[action], {}));
    }
  };

  const line = statusLine(view, now, view.status === 'outside-work-hours' ? nextWorkStart(settings, now) : null);
  const showBreak = view.breakInMs !== null || view.postureInMs === null;
  const ringMs = showBreak ? view.breakInMs : view.postureInMs;
  const ringInterval = showBreak ? view.breakIntervalMs : view.postureIntervalMs;
  const active = view.status === 'running';

  return (
    <section class="card timer" aria-labelledby="timer-title">
      <h2 id="timer-title" class="visually-hidden">
        {t('popupTimerTitle')}
      </h2>
      <div class="timer-body">
        <TimerRing
          remainingMs={ringMs}
          intervalMs={ringInterval}
          time={ringMs === null ? '–' : formatCountdown(ringMs)}
          label={showBreak ? t('popupRingBreak') : t('popupRingPosture')}
          muted={!active}
        />
        <div class="timer-text">
          <p class="timer-status" data-testid="timer-status" role="status">
            {t(line.key, [...line.subs])}
          </p>
          {active || view.status === 'outside-work-hours' ? (
            <dl class="timer-times">
              <div>
                <dt>{t('popupNextBreak')}</dt>
                <dd data-testid="break-countdown">{view.breakInMs === null ? t('popupNone') : formatCountdown(view.breakInMs)}</dd>
              </div>
              <div>
                <dt>{t('popupNextPosture')}</dt>
                <dd data-testid="posture-countdown">{view.postureInMs === null ? t('popupNone') : formatCountdown(view.postureInMs)}</dd>
              </div>
            </dl>
          ) : null}
        </div>
      </div>
      <div class="timer-actions" ref={actionsBox} aria-busy={busy}>
        {actions.map((action, index) =>
          action === 'pause' ? (
            <PauseMenu key={action} onPause={(choice) => void run(() => send('timer/pause', { choice }))} />
          ) : (
            <button
              type="button"
              key={action}
              class={index === 0 ? 'button button--primary' : 'button'}
              disabled={busy}
              onClick={() => act(action)}
            >
              {action === 'snooze' ? t('popupSnoozeFor', String(settings.snoozeMin)) : t(ACTION_LABELS[action])}
            </button>
          ),
        )}
      </div>
      {failed ? (
        <p class="error-line" role="alert">
          {t('popupTimerFailed')}
        </p>
      ) : null}
    </section>
  );
}
