/**
 * Export settings to a JSON file and import them back (all or nothing). A
 * bad file is explained and changes nothing; an older version is migrated.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { MAX_SETTINGS_FILE_BYTES, readSettingsFile, settingsAfterImport, settingsFileName, settingsFileText } from '../shared/settings-file';
import { importDoneText, importErrorReport, type Report } from './import-report';
import { Section } from './fields';

type Outcome = { ok: true; text: string } | { ok: false; report: Report } | null;

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function SettingsFileCard({ settings, replace }: { settings: Settings; replace: (s: Settings) => Promise<void> }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Counts finished imports, so the same message after a second file is still news (and tests can wait for it).
  const [attempts, setAttempts] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File): Promise<void> => {
    setOutcome(null);
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      setOutcome({ ok: false, report: importErrorReport({ kind: 'too-large', bytes: file.size }) });
      return;
    }
    const result = readSettingsFile(await file.text(), file.size);
    if (!result.ok) {
      setOutcome({ ok: false, report: importErrorReport(result.error) });
      return;
    }
    await replace(settingsAfterImport(settings, result.settings, result.missing));
    setOutcome({ ok: true, text: importDoneText(file.name, result.fromVersion, result.missing.length > 0) });
  };

  return (
    <Section id="backup" title={t('optionsBackupTitle')} intro={t('optionsBackupIntro')}>
      <div class="field-row backup-actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            const now = Date.now();
            download(settingsFileText(settings, now), settingsFileName(now));
          }}
        >
          {t('optionsExport')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t('optionsImportLabel')}</label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby="import-outcome"
          onChange={(event) => {
            const target = event.currentTarget;
            const file = target.files?.[0];
            if (!file) return;
            void importFile(file).finally(() => {
              // The same file can be chosen again after fixing it.
              target.value = '';
              setAttempts((n) => n + 1);
            });
          }}
        />
      </div>
      <div id="import-outcome" class="import-outcome" role={outcome?.ok === false ? 'alert' : 'status'} data-attempts={attempts}>
        {outcome === null ? null : outcome.ok ? (
          <p class="note note--ok">{outcome.text}</p>
        ) : (
          <div class="note note--error">
            <p>
              {outcome.report.headline} {t('optionsImportNothingChanged')}
            </p>
            {outcome.report.details.length > 0 ? (
              <ul>
                {outcome.report.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
      </div>
    </Section>
  );
}
