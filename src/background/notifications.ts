/**
 * The alerts: stretch break, posture check, heads-up and morning routine.
 * Chrome shows buttons and can keep a stretch-break alert until answered;
 * Firefox cannot (platform.ts), so there the text says "click to start" and a
 * click does what the first button would. Chrome shows the posture tip's
 * not-medical-advice line as the alert's context line; Firefox shows no
 * context line, so there it ends the tip's text.
 */
import browser, { type Notifications } from '../shared/browser';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import type { AlertKind } from '../shared/timer';
import { routineForLength } from '../shared/timer';
import { routines } from '../knowledge/routines';
import { stretches } from '../knowledge/stretches';
import { tips } from '../knowledge/tips';
import type { RoutineId } from '../knowledge/types';
import { notificationsHaveButtons } from './platform';

export const NOTE_BREAK = 'limber-break';
export const NOTE_POSTURE = 'limber-posture';
export const NOTE_HEADS_UP = 'limber-heads-up';
export const NOTE_MORNING = 'limber-morning';
const TIMER_NOTES = [NOTE_BREAK, NOTE_POSTURE, NOTE_HEADS_UP] as const;

/** Button positions on Chrome's stretch-break alert. */
export const BREAK_BUTTON_START = 0;
/** Snooze while snoozes are left; Skip once the limit is reached. */
export const BREAK_BUTTON_SECOND = 1;
export const MORNING_BUTTON_START = 0;
export const MORNING_BUTTON_NOT_TODAY = 1;

function icon(): string {
  return browser.runtime.getURL('icons/icon-128.png');
}

export function routineName(id: RoutineId): string {
  return routines.find((r) => r.id === id)?.name ?? id;
}

/** The first stretch of a routine, named on the alert so the person knows what is coming. */
export function firstStretchName(id: RoutineId): string {
  const first = routines.find((r) => r.id === id)?.stretchIds[0];
  return stretches.find((s) => s.id === first)?.name ?? '';
}

const postureTips = tips.filter((tip) => tip.category === 'desk-posture');

/** A desk-posture tip that changes with each check, chosen without storage (by the time). */
export function postureTip(now: number, intervalMin: number): string {
  const index = Math.floor(now / Math.max(1, intervalMin * 60_000)) % Math.max(1, postureTips.length);
  return postureTips[index]?.text ?? '';
}

type Options = Notifications.CreateNotificationOptions;

async function show(id: string, options: Options): Promise<void> {
  // Replacing an alert of the same id would not pop up again in Chrome: clear first.
  await browser.notifications.clear(id);
  await browser.notifications.create(id, options);
}

export async function showAlert(kind: AlertKind, snoozesLeft: number, quiet: boolean, settings: Settings, now: number): Promise<void> {
  const buttons = notificationsHaveButtons();
  if (kind === 'posture') {
    const tip = postureTip(now, settings.postureIntervalMin);
    await show(NOTE_POSTURE, {
      type: 'basic',
      iconUrl: icon(),
      title: t('timerPostureTitle'),
      ...(buttons
        ? { message: tip, contextMessage: t('timerPostureContext'), silent: quiet }
        : { message: `${tip} ${t('timerPostureNotice')}` }),
    });
    return;
  }
  const routineId = routineForLength(settings.breakLengthMin);
  const lines = [t('timerBreakMessage', [routineName(routineId), firstStretchName(routineId)])];
  if (snoozesLeft <= 0) lines.push(t('timerBreakSnoozeLimit'));
  if (!buttons) lines.push(t('timerClickToStart'));
  const options: Options = {
    type: 'basic',
    iconUrl: icon(),
    title: t('timerBreakTitle'),
    message: lines.join(' '),
    priority: 2,
  };
  if (buttons) {
    Object.assign(options, {
      buttons: [
        { title: t('timerButtonStartStretch') },
        { title: snoozesLeft > 0 ? t('timerButtonSnooze', String(settings.snoozeMin)) : t('timerButtonSkip') },
      ],
      requireInteraction: settings.requireInteraction && !quiet,
      silent: quiet,
    });
  }
  await show(NOTE_BREAK, options);
}

export async function showHeadsUp(breakAt: number): Promise<void> {
  const time = new Date(breakAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  await show(NOTE_HEADS_UP, {
    type: 'basic',
    iconUrl: icon(),
    title: t('timerHeadsUpTitle'),
    message: t('timerHeadsUpMessage', time),
  });
}

export async function showMorning(): Promise<void> {
  const buttons = notificationsHaveButtons();
  const options: Options = {
    type: 'basic',
    iconUrl: icon(),
    title: t('timerMorningTitle'),
    message: buttons ? t('timerMorningMessage') : `${t('timerMorningMessage')} ${t('timerClickToStart')}`,
  };
  if (buttons) Object.assign(options, { buttons: [{ title: t('timerButtonStartRoutine') }, { title: t('timerButtonNotToday') }] });
  await show(NOTE_MORNING, options);
}

export async function clearTimerNotifications(): Promise<void> {
  await Promise.all(TIMER_NOTES.map((id) => browser.notifications.clear(id)));
}
