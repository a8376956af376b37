/** Today at a glance: breaks done against the goal, the streak, minutes stretched. */
import { t } from '../shared/i18n';

export function TodayStats({ done, goal, streakDays, minutes }: { done: number; goal: number; streakDays: number; minutes: number }) {
  return (
    <section class="card today" aria-labelledby="today-title">
      <div class="today-row">
        <h2 id="today-title" class="visually-hidden">
          {t('popupTodayTitle')}
        </h2>
        <ul class="today-stats">
          <li data-testid="today-breaks">
            <strong>{t('popupTodayBreaksValue', [String(done), String(goal)])}</strong> {t('popupTodayBreaks')}
          </li>
          <li>
            <strong>{String(streakDays)}</strong> {streakDays === 1 ? t('popupTodayStreakOne') : t('popupTodayStreak')}
          </li>
          <li>
            <strong>{String(minutes)}</strong> {t('popupTodayMinutes')}
          </li>
        </ul>
      </div>
      <progress class="goal-progress" max={goal} value={Math.min(done, goal)} aria-label={t('popupTodayGoalProgress')} />
    </section>
  );
}
