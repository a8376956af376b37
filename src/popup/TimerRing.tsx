/** A ring that empties as the next stretch break nears, with the time left in its middle. */
import { remainingFraction } from './timer-status';

const SIZE = 96;
const STROKE = 8;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function TimerRing({
  remainingMs,
  intervalMs,
  label,
  time,
  muted,
}: {
  remainingMs: number | null;
  intervalMs: number;
  /** What the time is until, e.g. "to stretch". */
  label: string;
  /** The time text in the middle, e.g. "12:05", or "–". */
  time: string;
  muted: boolean;
}) {
  const fraction = remainingFraction(remainingMs, intervalMs);
  return (
    <div class={muted ? 'ring ring--muted' : 'ring'}>
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
        <circle class="ring-track" cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} stroke-width={STROKE} fill="none" />
        <circle
          class="ring-fill"
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          stroke-width={STROKE}
          fill="none"
          stroke-linecap="round"
          stroke-dasharray={`${CIRCUMFERENCE}`}
          stroke-dashoffset={`${CIRCUMFERENCE * (1 - fraction)}`}
          transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
        />
      </svg>
      <div class="ring-text">
        <span class="ring-time">{time}</span>
        <span class="ring-label">{label}</span>
      </div>
    </div>
  );
}
