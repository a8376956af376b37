/** The countdown of one stretch: a ring and the time left, and "time's up" announced once. */
import { t } from '../../shared/i18n';
import { formatCountdown } from './player';

interface Props {
  readonly leftMs: number;
  readonly totalMs: number;
  readonly paused: boolean;
}

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function Countdown({ leftMs, totalMs, paused }: Props) {
  const fraction = totalMs > 0 ? leftMs / totalMs : 0;
  const done = leftMs <= 0;
  return (
    <div class={`countdown${paused ? ' countdown--paused' : ''}${done ? ' countdown--done' : ''}`}>
      <div class="countdown__dial">
        <svg class="countdown__ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle class="countdown__track" cx="60" cy="60" r={RADIUS} />
          <circle
            class="countdown__bar"
            cx="60"
            cy="60"
            r={RADIUS}
            stroke-dasharray={CIRCUMFERENCE.toFixed(2)}
            stroke-dashoffset={(CIRCUMFERENCE * (1 - fraction)).toFixed(2)}
          />
        </svg>
        <div class="countdown__text">
          <span class="countdown__time" role="timer">
            <span class="visually-hidden">{t('breakTimeLeft')}: </span>
            {formatCountdown(leftMs)}
          </span>
          {paused && <span class="countdown__paused">{t('breakPausedLabel')}</span>}
        </div>
      </div>
      <p class="countdown__status" role="status">
        {done ? t('breakTimeUp') : ''}
      </p>
    </div>
  );
}
