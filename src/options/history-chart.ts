/**
 * Geometry and summary of the 30-day history chart: breaks completed per day
 * as bars, the daily goal as a line. Pure, so the drawing is unit-tested; the
 * component only turns these numbers into SVG.
 */

export interface ChartDay {
  /** Local date, 'YYYY-MM-DD'. */
  readonly day: string;
  readonly completed: number;
  readonly minutesStretched: number;
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room kept on the left for the axis labels and at the bottom for the day labels. */
  readonly left: number;
  readonly bottom: number;
  readonly top: number;
}

export const CHART_BOX: ChartBox = { width: 600, height: 180, left: 28, bottom: 22, top: 10 };

export interface Bar {
  readonly day: string;
  readonly completed: number;
  readonly metGoal: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartGeometry {
  readonly bars: readonly Bar[];
  /** The y of the goal line. */
  readonly goalY: number;
  /** The value at the top of the scale (≥ the goal and every bar). */
  readonly scaleMax: number;
  /** The y of the baseline (zero). */
  readonly baseY: number;
}

export function chartGeometry(days: readonly ChartDay[], goal: number, box: ChartBox = CHART_BOX): ChartGeometry {
  const safeGoal = Math.max(1, goal);
  const top = Math.max(safeGoal, ...days.map((d) => d.completed));
  // A little headroom so the goal line never sits on the top edge.
  const scaleMax = Math.max(top + 1, Math.ceil(top * 1.15));
  const plotHeight = box.height - box.top - box.bottom;
  const baseY = box.height - box.bottom;
  const slot = days.length > 0 ? (box.width - box.left) / days.length : 0;
  const barWidth = slot * 0.7;
  const yOf = (value: number): number => baseY - (value / scaleMax) * plotHeight;
  const bars = days.map((d, i) => {
    const y = yOf(d.completed);
    return {
      day: d.day,
      completed: d.completed,
      metGoal: d.completed >= safeGoal,
      x: box.left + i * slot + (slot - barWidth) / 2,
      y,
      width: barWidth,
      height: baseY - y,
    };
  });
  return { bars, goalY: yOf(safeGoal), scaleMax, baseY };
}

export interface HistorySummary {
  readonly totalBreaks: number;
  readonly daysMetGoal: number;
  readonly bestDay: number;
  readonly totalMinutes: number;
}

export function historySummary(days: readonly ChartDay[], goal: number): HistorySummary {
  return {
    totalBreaks: days.reduce((n, d) => n + d.completed, 0),
    daysMetGoal: days.filter((d) => d.completed >= Math.max(1, goal)).length,
    bestDay: days.reduce((n, d) => Math.max(n, d.completed), 0),
    totalMinutes: Math.round(days.reduce((n, d) => n + d.minutesStretched, 0)),
  };
}
