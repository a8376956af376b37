/**
 * The options page (container): every setting grouped, each saved as it
 * changes with a quiet "Saved", validation beside the field, the 30-day
 * history, export/import and reset.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { ALL_CATEGORIES, RANGES, type ParsedSettings, type SettingKey, type SettingProblem, type Settings, type Weekday } from '../shared/settings';
import { settingsItem, statsItem, writeItem } from '../shared/storage';
import { history, type Stats } from '../shared/stats';
import { glossaryCategoryLabels } from '../knowledge';
import { minutesToTimeValue, timeValueToMinutes } from '../shared/format';
import { useStoredItem } from '../shared/ui/use-stored-item';
import { useSettings } from './use-settings';
import { invalidValueText, settingLabel, storedProblemText } from './labels';
import { workHoursHint } from './work-hours';
import { CheckboxSet, NumberField, RadioGroup, Section, SelectField, TimeField, Toggle } from './fields';
import { SiteList } from './SiteList';
import { HistoryChart } from './HistoryChart';
import { SettingsFileCard } from './SettingsFileCard';
import { ResetCard } from './ResetCard';

const WEEK_ORDER: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: Weekday): string {
  // 2024-01-07 was a Sunday.
  return new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(2024, 0, 7 + day, 12));
}

function hourName(hour: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(2024, 0, 1, hour));
}

export interface OptionsAppProps {
  readonly initialSettings: ParsedSettings;
  readonly initialStats: Stats;
}

export function OptionsApp({ initialSettings, initialStats }: OptionsAppProps) {
  const { settings: s, problems: storedProblems, save, replace: replaceAll, savedCount, savedVisible } = useSettings(initialSettings);
  /** Damaged fields found in storage (as the page opened, or since): listed until a reset or import replaces everything. */
  const [problems, setProblems] = useState<readonly SettingProblem[]>([]);
  const [replacedCount, setReplacedCount] = useState(0);
  const replace = async (settings: Settings): Promise<void> => {
    await replaceAll(settings);
    setProblems([]);
    setReplacedCount((n) => n + 1);
  };
  const stats = useStoredItem(statsItem, initialStats);
  // From what is stored now: once this version has written the settings (a change, an import, a reset), they are its own.
  const fromNewerVersion = storedProblems.some((p) => p.key === 'newer-version');
  const hoursHint = workHoursHint(s.workStartMin, s.workEndMin);

  // Corrupt stored settings (found as the page opens, or written while it is
  // open) were read field by field: say which, and store the repaired object
  // so the notice is shown once. A newer version's settings are left alone
  // (this build would drop what it does not know).
  useEffect(() => {
    if (storedProblems.length === 0 || storedProblems.some((p) => p.key === 'newer-version')) return;
    setProblems(storedProblems);
    void writeItem(settingsItem, s);
  }, [storedProblems]);

  /** onSave for a text-like field: saves a valid value, else returns the message to show. */
  const saveText =
    (key: SettingKey, convert: (text: string) => unknown = (text) => text) =>
    (text: string): string | null =>
      save(key, convert(text)) ? null : invalidValueText(key);
  const saveTime = (key: SettingKey) => saveText(key, (text) => timeValueToMinutes(text) ?? text);

  const minutes = t('optionsUnitMinutes');
  const number = (key: keyof typeof RANGES & SettingKey, unit: string, hint?: string, disabled?: boolean) => (
    <NumberField
      id={key}
      label={settingLabel(key)}
      hint={hint}
      value={s[key]}
      min={RANGES[key].min}
      max={RANGES[key].max}
      unit={unit}
      disabled={disabled}
      onSave={saveText(key)}
    />
  );
  const toggle = (key: SettingKey & { [K in keyof typeof s]: (typeof s)[K] extends boolean ? K : never }[keyof typeof s], hint?: string, disabled?: boolean) => (
    <Toggle id={key} label={settingLabel(key)} hint={hint} checked={s[key]} disabled={disabled} onSave={(value) => save(key, value)} />
  );

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p class="saved" role="status" aria-live="polite" data-count={savedCount}>
          {savedVisible ? t('optionsSaved') : ''}
        </p>
      </header>
      <p class="section-intro">{t('optionsIntro')}</p>

      {fromNewerVersion ? (
        <div class="note note--ok" role="status">
          <p>{t('optionsNewerVersionNotice')}</p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div class="note note--warn" role="alert">
          <p>{t('optionsCorruptNotice')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.key}>{storedProblemText(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {/* Remade after an import or reset: an invalid entry still on screen goes, even where the new value equals the old one. */}
      <Fragment key={replacedCount}>
        <Section id="reminders" title={t('optionsRemindersTitle')} intro={t('optionsRemindersIntro')}>
          <div class="group">
            {toggle('breakEnabled')}
            {number('breakIntervalMin', minutes, t('optionsBreakIntervalHint'), !s.breakEnabled)}
            {number('breakLengthMin', minutes, t('optionsBreakLengthHint'), !s.breakEnabled)}
          </div>
          <div class="group">
            {toggle('postureEnabled')}
            {number('postureIntervalMin', minutes, undefined, !s.postureEnabled)}
          </div>
          <div class="group">
            {toggle('headsUp', t('optionsHeadsUpHint'))}
            {toggle('requireInteraction', t('optionsRequireInteractionHint'))}
            <RadioGroup
              id="breakOpenMode"
              label={settingLabel('breakOpenMode')}
              value={s.breakOpenMode}
              choices={[
                { value: 'window', label: t('optionsBreakOpenWindow') },
                { value: 'tab', label: t('optionsBreakOpenTab') },
              ]}
              onSave={(value) => save('breakOpenMode', value)}
            />
            {number('snoozeMin', minutes)}
            {number('dailyGoal', t('optionsUnitBreaks'), t('optionsDailyGoalHint'))}
            {toggle('dontInterrupt', t('optionsDontInterruptHint'))}
          </div>
          <div class="group">
            {toggle('morningRoutine', t('optionsMorningRoutineHint'))}
            <SelectField
              id="morningHour"
              label={settingLabel('morningHour')}
              value={String(s.morningHour)}
              disabled={!s.morningRoutine}
              choices={Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourName(hour) }))}
              onSave={(value) => save('morningHour', value)}
            />
          </div>
        </Section>

        <Section id="schedule" title={t('optionsScheduleTitle')} intro={t('optionsScheduleIntro')}>
          {toggle('workHoursEnabled')}
          <CheckboxSet
            id="workDays"
            label={settingLabel('workDays')}
            value={s.workDays}
            disabled={!s.workHoursEnabled}
            choices={WEEK_ORDER.map((day) => ({ value: day, label: weekdayName(day) }))}
            onSave={(value) => save('workDays', value)}
          />
          <div class="field-row">
            <TimeField
              id="workStartMin"
              label={settingLabel('workStartMin')}
              value={minutesToTimeValue(s.workStartMin)}
              disabled={!s.workHoursEnabled}
              onSave={saveTime('workStartMin')}
            />
            <TimeField
              id="workEndMin"
              label={settingLabel('workEndMin')}
              value={minutesToTimeValue(s.workEndMin)}
              disabled={!s.workHoursEnabled}
              onSave={saveTime('workEndMin')}
            />
          </div>
          {hoursHint === null ? null : <p class="field-hint">{hoursHint}</p>}
        </Section>

        <Section id="idle" title={t('optionsIdleTitle')}>
          {toggle('idleDetection', t('optionsIdleDetectionHint'))}
        </Section>

        <Section id="highlighting" title={t('optionsHighlightingTitle')} intro={t('optionsHighlightingIntro')}>
          {toggle('highlightEnabled')}
          <RadioGroup
            id="highlightStyle"
            label={settingLabel('highlightStyle')}
            value={s.highlightStyle}
            disabled={!s.highlightEnabled}
            choices={[
              { value: 'underline', label: t('optionsHighlightUnderline') },
              { value: 'background', label: t('optionsHighlightBackground') },
            ]}
            onSave={(value) => save('highlightStyle', value)}
          />
          <RadioGroup
            id="highlightAll"
            label={settingLabel('highlightAll')}
            value={s.highlightAll ? 'all' : 'first'}
            disabled={!s.highlightEnabled}
            choices={[
              { value: 'all', label: t('optionsHighlightAllEvery') },
              { value: 'first', label: t('optionsHighlightAllFirst') },
            ]}
            onSave={(value) => save('highlightAll', value === 'all')}
          />
          <CheckboxSet
            id="highlightCategories"
            label={settingLabel('highlightCategories')}
            value={s.highlightCategories}
            disabled={!s.highlightEnabled}
            choices={ALL_CATEGORIES.map((category) => ({ value: category, label: glossaryCategoryLabels[category] }))}
            onSave={(value) => save('highlightCategories', value)}
          />
          <SiteList sites={s.disabledSites} onSave={(sites) => save('disabledSites', sites)} />
        </Section>

        <Section id="badge" title={t('optionsBadgeTitle')}>
          {toggle('badgeEnabled', t('optionsBadgeHint'))}
        </Section>

      </Fragment>

      <Section id="history" title={t('optionsHistoryTitle')}>
        <HistoryChart days={history(stats, s.dailyGoal, Date.now(), 30)} goal={s.dailyGoal} />
      </Section>

      <SettingsFileCard settings={s} replace={replace} />
      <ResetCard replace={replace} />
      <p class="disclaimer">{t('notMedicalAdvice')}</p>
    </main>
  );
}
