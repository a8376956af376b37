/**
 * The toolbar popup (container): reads settings, timer and stats from
 * storage before its first frame (index.tsx), follows their changes, and
 * lays out the timer, today's numbers, the tip and the page's terms.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import browser from '../shared/browser';
import { send } from '../shared/messenger';
import type { ParsedSettings, Settings } from '../shared/settings';
import type { ParsedTimerState } from '../shared/timer';
import { statsItem, timerItem } from '../shared/storage';
import { streak, today, type Stats } from '../shared/stats';
import { minutesRounded } from '../shared/format';
import { useStoredItem } from '../shared/ui/use-stored-item';
import { useEditableSettings } from '../shared/ui/use-editable-settings';
import { PageAccessNotice } from '../shared/ui/PageAccessNotice';
import { disclaimerShort } from '../knowledge';
import { useNow } from './use-now';
import { TimerCard } from './TimerCard';
import { TodayStats } from './TodayStats';
import { QuickTip } from './QuickTip';
import { OnThisPage } from './OnThisPage';

export interface PopupInitial {
  readonly settings: ParsedSettings;
  readonly timer: ParsedTimerState;
  readonly stats: Stats;
}

export function App({ initial }: { initial: PopupInitial }) {
  const { settings, write: writeSettings } = useEditableSettings(initial.settings);
  const stored = useStoredItem(timerItem, initial.timer);
  const stats = useStoredItem(statsItem, initial.stats);
  // A command's reply shows at once; storage's own report follows and agrees.
  const [replied, setReplied] = useState<{ state: ParsedTimerState['state']; basis: ParsedTimerState } | null>(null);
  const timerState = replied !== null && replied.basis === stored ? replied.state : stored.state;
  const now = useNow(timerState.nextBreakAt ?? timerState.nextPostureAt);

  const day = today(stats, now);
  // A failed write (storage full) shows the stored value again.
  const saveSettings = (change: (current: Settings) => Settings): void => void writeSettings(change).catch(() => undefined);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupHeading')}</h1>
        <nav aria-label={t('popupLinks')}>
          <button type="button" class="link-button" onClick={() => void send('page/open-article', {})}>
            {t('popupArticle')}
          </button>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupSettings')}
          </button>
        </nav>
      </header>
      <PageAccessNotice />
      <TimerCard state={timerState} settings={settings} now={now} onState={(state) => setReplied({ state, basis: stored })} />
      <TodayStats
        done={day.completed}
        goal={settings.dailyGoal}
        streakDays={streak(stats, settings.dailyGoal, now)}
        minutes={minutesRounded(day.minutesStretched * 60_000)}
      />
      <QuickTip now={now} />
      <OnThisPage settings={settings} onSave={saveSettings} />
      <p class="disclaimer">{disclaimerShort}</p>
    </main>
  );
}
