/** Reset every setting to its default, after an explicit confirmation. History is kept. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { Section } from './fields';

export function ResetCard({ replace }: { replace: (s: Settings) => Promise<void> }) {
  const [stage, setStage] = useState<'idle' | 'confirming' | 'done'>('idle');
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useLayoutEffect(() => {
    if (stage === 'confirming') cancelButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      resetButton.current?.focus();
    }
  }, [stage]);

  return (
    <Section id="reset" title={t('optionsResetTitle')}>
      {stage === 'confirming' ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(event) => {
            // Escape answers "no", as Cancel does.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            returnFocus.current = true;
            setStage('idle');
          }}
        >
          <p id="reset-question">{t('optionsResetQuestion')}</p>
          <div class="field-row">
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                returnFocus.current = true;
                void replace(DEFAULT_SETTINGS).then(() => setStage('done'));
              }}
            >
              {t('optionsResetConfirm')}
            </button>
            <button
              type="button"
              class="button"
              ref={cancelButton}
              onClick={() => {
                returnFocus.current = true;
                setStage('idle');
              }}
            >
              {t('optionsResetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" ref={resetButton} onClick={() => setStage('confirming')}>
          {t('optionsReset')}
        </button>
      )}
      <p role="status" class="note-line">
        {stage === 'done' ? t('optionsResetDone') : null}
      </p>
    </Section>
  );
}
