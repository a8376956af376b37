/** The hint under the work-hours times: how the timer reads the pair (see inWorkHours in shared/timer.ts). */
import { t } from '../shared/i18n';

export function workHoursHint(startMin: number, endMin: number): string | null {
  if (endMin === startMin) return t('optionsAllDayHint');
  if (endMin < startMin) return t('optionsOvernightHint');
  return null;
}
