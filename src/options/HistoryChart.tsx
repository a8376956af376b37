/**
 * The last 30 days as inline SVG bars (breaks completed per day) with the
 * daily goal as a dashed line. The SVG is one labelled image with a written
 * summary; the numbers themselves are in a table right below for anyone who
 * cannot see the chart.
 */
import { t } from '../shared/i18n';
import { CHART_BOX, chartGeometry, historySummary, type ChartDay } from './history-chart';

function dayLabel(day: string, options: Intl.DateTimeFormatOptions): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, options).format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

export function HistoryChart({ days, goal }: { days: readonly ChartDay[]; goal: number }) {
  const { bars, goalY, baseY, scaleMax } = chartGeometry(days, goal);
  const summary = historySummary(days, goal);
  const first = days[0];
  const last = days[days.length - 1];
  const breaks = (n: number): string => t(n === 1 ? 'countBreakOne' : 'countBreaks', String(n));
  const minutes = (n: number): string => t(n === 1 ? 'countMinuteOne' : 'countMinutes', String(n));
  const description = t('optionsHistorySummary', [
    breaks(summary.totalBreaks),
    String(summary.daysMetGoal),
    String(days.length),
    String(goal),
    breaks(summary.bestDay),
    minutes(summary.totalMinutes),
  ]);
  return (
    <figure class="history">
      <svg
        class="history-chart"
        viewBox={`0 0 ${CHART_BOX.width} ${CHART_BOX.height}`}
        role="img"
        aria-labelledby="history-chart-title history-chart-desc"
        focusable="false"
      >
        <title id="history-chart-title">{t('optionsHistoryChartTitle')}</title>
        <desc id="history-chart-desc">{description}</desc>
        <line class="axis" x1={CHART_BOX.left} x2={CHART_BOX.width} y1={baseY} y2={baseY} />
        <text class="axis-label" x={CHART_BOX.left - 6} y={baseY} text-anchor="end" dominant-baseline="middle">
          0
        </text>
        <text class="axis-label" x={CHART_BOX.left - 6} y={CHART_BOX.top + 4} text-anchor="end" dominant-baseline="middle">
          {scaleMax}
        </text>
        {bars.map((bar) => (
          <rect
            key={bar.day}
            class={bar.metGoal ? 'bar bar--met' : 'bar'}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={Math.max(bar.height, 0)}
            rx={2}
          />
        ))}
        <line class="goal-line" x1={CHART_BOX.left} x2={CHART_BOX.width} y1={goalY} y2={goalY} />
        <text class="goal-label" x={CHART_BOX.width - 2} y={goalY - 4} text-anchor="end">
          {t('optionsHistoryGoalLine', String(goal))}
        </text>
        {first ? (
          <text class="axis-label" x={CHART_BOX.left} y={CHART_BOX.height - 4}>
            {dayLabel(first.day, { month: 'short', day: 'numeric' })}
          </text>
        ) : null}
        {last ? (
          <text class="axis-label" x={CHART_BOX.width} y={CHART_BOX.height - 4} text-anchor="end">
            {t('optionsHistoryToday')}
          </text>
        ) : null}
      </svg>
      <figcaption>{description}</figcaption>
      <details class="history-table">
        <summary>{t('optionsHistoryShowTable')}</summary>
        <table>
          <caption class="visually-hidden">{t('optionsHistoryChartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsHistoryDay')}</th>
              <th scope="col">{t('optionsHistoryBreaks')}</th>
              <th scope="col">{t('optionsHistoryMinutes')}</th>
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day, { weekday: 'short', month: 'short', day: 'numeric' })}</th>
                <td>{d.completed >= goal ? t('optionsHistoryBreaksMet', String(d.completed)) : String(d.completed)}</td>
                <td>{String(Math.round(d.minutesStretched))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
