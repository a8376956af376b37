/** "Pause" opens its choices right below: 30 min, 1 hour, until tomorrow, until I resume. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PauseChoice } from '../shared/settings';
import { t, type MessageKey } from '../shared/i18n';

const CHOICES: readonly { choice: PauseChoice; key: MessageKey }[] = [
  { choice: '30m', key: 'popupPause30m' },
  { choice: '1h', key: 'popupPause1h' },
  { choice: 'tomorrow', key: 'popupPauseTomorrow' },
  { choice: 'until-resume', key: 'popupPauseUntilResume' },
];

export function PauseMenu({ onPause }: { onPause: (choice: PauseChoice) => void }) {
  const [open, setOpen] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (open) firstChoice.current?.focus();
  }, [open]);
  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      class="pause-menu"
      onKeyDown={(event) => {
        // Escape closes the open menu wherever focus is in it, the toggle included.
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
    >
      <button
        type="button"
        ref={toggle}
        class="button"
        aria-expanded={open}
        aria-controls="pause-choices"
        onClick={() => setOpen(!open)}
      >
        {t('popupPause')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open ? (
        <div
          id="pause-choices"
          class="pause-choices"
          role="group"
          aria-label={t('popupPauseChoices')}
        >
          {CHOICES.map(({ choice, key }, i) => (
            <button
              type="button"
              class="button button--small"
              key={choice}
              ref={i === 0 ? firstChoice : undefined}
              onClick={() => {
                setOpen(false);
                onPause(choice);
              }}
            >
              {t(key)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
