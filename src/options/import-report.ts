/** Words an import result for people: what is wrong, or what happened. */
import { t } from '../shared/i18n';
import { SETTINGS_VERSION } from '../shared/settings';
import type { ImportError } from '../shared/settings-file';
import { MAX_SETTINGS_FILE_BYTES } from '../shared/settings-file';
import { problemText } from './labels';

export interface Report {
  readonly headline: string;
  readonly details: readonly string[];
}

/** Whether a parser message quotes only readable text (no control characters, no undecodable bytes). */
function readable(detail: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(detail);
}

export function importErrorReport(error: ImportError): Report {
  switch (error.kind) {
    case 'too-large':
      return {
        headline: t('optionsImportTooLarge', [String(Math.ceil(error.bytes / 1024)), String(MAX_SETTINGS_FILE_BYTES / 1024)]),
        details: [],
      };
    case 'empty':
      return { headline: t('optionsImportEmpty'), details: [] };
    case 'not-json':
      // The parser's words help with a hand-edited file; a binary file's would be gibberish.
      return { headline: t('optionsImportNotJson'), details: readable(error.detail) ? [error.detail] : [] };
    case 'not-settings':
      return { headline: t('optionsImportNotSettings'), details: [] };
    case 'bad-version':
      return { headline: t('optionsImportBadVersion'), details: [] };
    case 'newer-version':
      return { headline: t('optionsImportNewerVersion', String(error.version)), details: [] };
    case 'bad-fields':
      return { headline: t('optionsImportBadFields'), details: error.problems.map(problemText) };
    case 'unknown-fields':
      return { headline: t('optionsImportUnknownFields'), details: error.names.map((name) => name.slice(0, 80)) };
    case 'no-settings':
      return { headline: t('optionsImportNoSettings'), details: [] };
  }
}

/**
 * What to say after importing `fileName`. A file with no version (0, never
 * released) is a hand-written one read as today's: it is not called older.
 */
export function importDoneText(fileName: string, fromVersion: number, keptOthers: boolean): string {
  const done =
    fromVersion > 0 && fromVersion < SETTINGS_VERSION
      ? t('optionsImportDoneMigrated', [fileName, String(fromVersion)])
      : t('optionsImportDone', fileName);
  return keptOthers ? `${done} ${t('optionsImportKeptOthers')}` : done;
}
