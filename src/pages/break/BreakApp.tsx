/**
 * The guided break: one stretch at a time with its steps and a countdown,
 * Back / Pause / Skip / Next, and Done at the end. Keyboard: Space pauses,
 * the arrow keys move. Finishing logs a break; leaving early logs a partial one.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { routineById, stretchById, disclaimerShort } from '../../knowledge';
import type { Stretch } from '../../knowledge/types';
import browser from '../../shared/browser';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messenger';
import { LabelledNote } from '../../shared/ui/LabelledNote';
import { Countdown } from './Countdown';
import { act, remainingMs, secondsStretched, startPlayer, type Plan, type PlayerAction, type PlayerState } from './player';

interface Props {
  readonly plan: Plan;
  readonly startedAt: number;
}

const TICK_MS = 250;

/**
 * The time, read afresh at every render; while running, a render every
 * TICK_MS moves the countdown on. (A time kept from the last tick would show
 * a just-resumed countdown jumping back up by the length of the pause.)
 */
function useNow(running: boolean): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setTicks((n) => n + 1), TICK_MS);
    return () => clearInterval(id);
  }, [running]);
  return Date.now();
}

async function closeThisPage(): Promise<void> {
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
    else window.close();
  } catch {
    window.close();
  }
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, input, select, textarea, [contenteditable]') !== null;
}

export function BreakApp({ plan, startedAt }: Props) {
  const [player, setPlayer] = useState<PlayerState>(() => startPlayer(plan, startedAt));
  const now = useNow(!player.finished && player.pausedAt === null);
  const reported = useRef(false);
  // Reports name the timer's break this page is for, so they can end no other.
  const ofBreak = useMemo(() => (plan.breakId !== null ? { breakId: plan.breakId } : {}), [plan.breakId]);
  const stretch: Stretch | undefined = stretchById(player.stretchIds[player.index] ?? '');
  const durationSec = stretch?.durationSec ?? 0;
  const routine = plan.routineId ? routineById(plan.routineId) : undefined;
  const total = player.stretchIds.length;
  const isLast = player.index >= total - 1;

  const dispatch = useCallback(
    (action: PlayerAction) => setPlayer((current) => act(current, action, stretchById(current.stretchIds[current.index] ?? '')?.durationSec ?? 0, Date.now())),
    [],
  );

  // Finishing logs a break, once. The answer says whether reminders run (a
  // stretch tried with reminders off plans no next break).
  const [remindersRunning, setRemindersRunning] = useState(true);
  useEffect(() => {
    if (!player.finished || reported.current) return;
    reported.current = true;
    send('break/complete', { ...ofBreak, secondsStretched: player.secondsDone }).then(
      (reply) => setRemindersRunning(reply.state.phase === 'running'),
      () => undefined,
    );
  }, [player.finished, player.secondsDone, ofBreak]);

  // Leaving before the end logs a partial break.
  const latest = useRef(player);
  latest.current = player;
  useEffect(() => {
    const onLeave = (): void => {
      if (reported.current) return;
      reported.current = true;
      const current = latest.current;
      const seconds = secondsStretched(current, stretchById(current.stretchIds[current.index] ?? '')?.durationSec ?? 0, Date.now());
      send('break/partial', { ...ofBreak, secondsStretched: seconds }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onLeave);
    return () => window.removeEventListener('pagehide', onLeave);
  }, [ofBreak]);

  // Listening from the first render on (a layout effect), so a key pressed as the page appears is not lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ' && !isControl(event.target)) {
        event.preventDefault();
        dispatch('toggle-pause');
      } else if (event.key === 'ArrowRight') {
        event.preventDefault();
        dispatch('next');
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        dispatch('back');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dispatch]);

  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    // Keyboard and screen-reader users land on the new stretch's name. A layout
    // effect moves focus with the render itself, so a key pressed just after
    // Next reaches the new stretch, not the button it replaced.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [player.index, player.finished]);

  if (player.finished || !stretch) {
    const minutes = Math.max(0, Math.round((player.secondsDone / 60) * 10) / 10);
    return (
      <main class="break break--finished">
        <h1 ref={heading} tabIndex={-1}>
          {t('breakFinishedTitle')}
        </h1>
        <p>{t(remindersRunning ? 'breakFinishedMessage' : 'breakFinishedMessageOnly', String(minutes))}</p>
        <button type="button" class="button button--primary" onClick={() => void closeThisPage()}>
          {t('breakClose')}
        </button>
      </main>
    );
  }

  const left = remainingMs(player, durationSec, now);
  const paused = player.pausedAt !== null;
  return (
    <main class="break">
      <header class="break__header">
        <p class="break__routine">{routine?.name ?? t('breakPageTitle')}</p>
        <p class="break__progress">{t('breakProgress', [String(player.index + 1), String(total)])}</p>
        {plan.unknownRoutine && <p class="break__notice">{t('breakUnknownRoutine')}</p>}
      </header>
      <h1 ref={heading} tabIndex={-1} class="break__name">
        {stretch.name}
      </h1>
      <p class="break__dose">{stretch.dose}</p>
      <Countdown leftMs={left} totalMs={durationSec * 1000} paused={paused} />
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" class="break__steps-heading">
          {t('breakStepsHeading')}
        </h2>
        <ol class="break__steps">
          {stretch.steps.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
      </section>
      <LabelledNote kind="caution" text={stretch.caution} class="break__caution" />
      <nav class="break__controls" aria-label={t('breakPageTitle')}>
        <button type="button" class="button" onClick={() => dispatch('back')} disabled={player.index === 0}>
          {t('breakBack')}
        </button>
        {/* Its name says what it does next (Pause, Resume); a pressed state as well would read "Resume, pressed". */}
        <button type="button" class="button" onClick={() => dispatch('toggle-pause')}>
          {paused ? t('breakResume') : t('breakPause')}
        </button>
        <button type="button" class="button" onClick={() => dispatch('skip')}>
          {t('breakSkip')}
        </button>
        {isLast ? (
          <button type="button" class="button button--primary" onClick={() => dispatch('done')}>
            {t('breakDone')}
          </button>
        ) : (
          <button type="button" class="button button--primary" onClick={() => dispatch('next')}>
            {t('breakNext')}
          </button>
        )}
      </nav>
      <p class="break__help">{t('breakKeyboardHelp')}</p>
      <p class="break__safety">{t('breakSafety')}</p>
      <p class="break__disclaimer">{disclaimerShort}</p>
    </main>
  );
}
