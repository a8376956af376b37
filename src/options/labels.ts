/**
 * Every setting's label and what to say when a value for it is not valid,
 * in the reader's language. Shared by the fields, the import report and the
 * "some settings could not be read" notice, so each setting has one name.
 */
import { DEFAULT_SETTINGS, RANGES, type SettingKey, type SettingProblem } from '../shared/settings';
import { t, type MessageKey } from '../shared/i18n';

const LABELS: { readonly [K in SettingKey]: MessageKey } = {
  postureEnabled: 'optionsPostureEnabled',
  postureIntervalMin: 'optionsPostureInterval',
  breakEnabled: 'optionsBreakEnabled',
  breakIntervalMin: 'optionsBreakInterval',
  breakLengthMin: 'optionsBreakLength',
  headsUp: 'optionsHeadsUp',
  requireInteraction: 'optionsRequireInteraction',
  breakOpenMode: 'optionsBreakOpenMode',
  snoozeMin: 'optionsSnooze',
  dailyGoal: 'optionsDailyGoal',
  dontInterrupt: 'optionsDontInterrupt',
  morningRoutine: 'optionsMorningRoutine',
  morningHour: 'optionsMorningHour',
  workHoursEnabled: 'optionsWorkHoursEnabled',
  workDays: 'optionsWorkDays',
  workStartMin: 'optionsWorkStart',
  workEndMin: 'optionsWorkEnd',
  idleDetection: 'optionsIdleDetection',
  highlightEnabled: 'optionsHighlightEnabled',
  highlightStyle: 'optionsHighlightStyle',
  highlightCategories: 'optionsHighlightCategories',
  highlightAll: 'optionsHighlightAll',
  disabledSites: 'optionsDisabledSites',
  badgeEnabled: 'optionsBadgeEnabled',
};

export function settingLabel(key: SettingKey): string {
  return t(LABELS[key]);
}

function isRangeKey(key: SettingKey): key is keyof typeof RANGES {
  return Object.hasOwn(RANGES, key);
}

/** Why a value for `key` was refused, worded for the field it belongs to. */
export function invalidValueText(key: SettingKey): string {
  if (isRangeKey(key)) {
    const { min, max } = RANGES[key];
    if (key === 'workStartMin' || key === 'workEndMin') return t('optionsErrorTime');
    return t('optionsErrorRange', [String(min), String(max)]);
  }
  if (key === 'disabledSites') return t('optionsErrorSites');
  const fallback = DEFAULT_SETTINGS[key];
  if (typeof fallback === 'boolean') return t('optionsErrorOnOff');
  if (Array.isArray(fallback)) return t('optionsErrorList');
  return t('optionsErrorChoice');
}

/** "Break interval: enter a whole number from 5 to 240." for one problem of parseSettings. */
export function problemText(problem: SettingProblem): string {
  if (problem.key === 'file' || problem.key === 'version' || problem.key === 'newer-version') return t('optionsErrorVersion');
  return t('optionsProblemLine', [settingLabel(problem.key), invalidValueText(problem.key)]);
}
