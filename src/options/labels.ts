/**
 * Every setting's label and what to say when a value for it is not valid,
 * in the reader's language. Shared by the fields, the import report and the
 * "some settings could not be read" notice, so each setting has one name.
 */
import { DEFAULT_SETTINGS, RANGES, quoted, type ListReason, type SettingKey, type SettingProblem } from '../shared/settings';
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

/** What is wrong with a list, in the validator's own terms ("Lists 1001 sites, but Limber keeps at most 1000."). */
export function listReasonText(key: SettingKey, reason: ListReason): string {
  switch (reason.kind) {
    case 'not-a-list':
      return t('optionsErrorNotList');
    case 'too-many':
      return t('optionsErrorTooManySites', [String(reason.count), String(reason.max)]);
    case 'bad-entries':
      return key === 'disabledSites' ? t('optionsErrorNotSites', quoted(reason.entries)) : t('optionsErrorUnknownEntries', quoted(reason.entries));
  }
}

/** "Break interval: enter a whole number from 5 to 240." for one problem of parseSettings. */
export function problemText(problem: SettingProblem): string {
  if (problem.key === 'file' || problem.key === 'version' || problem.key === 'newer-version') return t('optionsErrorVersion');
  const why = problem.reason ? listReasonText(problem.key, problem.reason) : invalidValueText(problem.key);
  return t('optionsProblemLine', [settingLabel(problem.key), why]);
}

/**
 * One line of the "some saved settings could not be read" notice: the
 * setting's name, and for a list that kept its valid entries, what was left out.
 */
export function storedProblemText(problem: SettingProblem): string {
  if (problem.key === 'file') return t('optionsCorruptWhole');
  if (problem.key === 'version' || problem.key === 'newer-version') return t('optionsCorruptVersion');
  const label = settingLabel(problem.key);
  if (problem.reason?.kind === 'bad-entries') return t('optionsCorruptLeftOut', [label, quoted(problem.reason.entries)]);
  if (problem.reason?.kind === 'too-many') return t('optionsCorruptTooMany', [label, String(problem.reason.max)]);
  return label;
}
