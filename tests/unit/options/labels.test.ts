/**
 * How the settings page words what is wrong with settings: an import's
 * problems keep the validator's own reason, and the "could not be read"
 * notice says what a damaged list lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseSettings } from '../../../src/shared/settings';
import { readSettingsFile } from '../../../src/shared/settings-file';

vi.mock('../../../src/shared/browser', async () => ({ default: (await import('../background/fake-browser')).createFakeBrowser().browser }));

const { problemText, storedProblemText } = await import('../../../src/options/labels');
const { importDoneText, importErrorReport } = await import('../../../src/options/import-report');

function importReport(settings: unknown): { headline: string; details: readonly string[] } {
  const result = readSettingsFile(JSON.stringify({ format: 'limber-settings', settings }));
  if (result.ok) throw new Error('imported');
  return importErrorReport(result.error);
}

describe('import problems', () => {
  it('says a list of 1001 valid sites is too long, not that it holds something that is not a site', () => {
    const sites = Array.from({ length: 1001 }, (_, i) => `site${i}.example.com`);
    expect(importReport({ version: 1, disabledSites: sites }).details).toEqual([
      'Sites where highlighting is off: Lists 1001 sites, but Limber keeps at most 1000.',
    ]);
  });

  it('names the entries that are not sites, and the categories Limber does not know', () => {
    expect(importReport({ version: 1, disabledSites: ['a.com', 'not a site', 42], highlightCategories: ['exercise', 'gossip'] }).details).toEqual([
      'Kinds of terms: Limber does not know “gossip”.',
      'Sites where highlighting is off: Not a site name (like example.com): “not a site”, “42”.',
    ]);
  });

  it('says a list that is not a list is not one', () => {
    expect(importReport({ version: 1, workDays: 'weekdays' }).details).toEqual(['Work days: Must be a list.']);
  });

  it('still words other settings by their range', () => {
    expect(importReport({ version: 1, snoozeMin: 0 }).details).toEqual(['Snooze for: Enter a whole number from 1 to 60.']);
  });

  it('explains a file of typos and a file with no settings, and neither claims a version', () => {
    expect(importReport({ breakInterval: 30 })).toEqual({ headline: 'The file has settings Limber does not know (a typo?).', details: ['breakInterval'] });
    expect(importReport({})).toEqual({ headline: 'The file names no settings, so there is nothing to import.', details: [] });
  });
});

describe('after an import', () => {
  it('does not call a file without a version one from "version 0"', () => {
    const result = readSettingsFile(JSON.stringify({ format: 'limber-settings', settings: { breakIntervalMin: 30 } }));
    expect(result).toMatchObject({ ok: true, fromVersion: 0 });
    expect(importDoneText('mine.json', 0, true)).toBe('Imported the settings from mine.json. Settings the file does not mention were kept as they were.');
    expect(importDoneText('mine.json', 1, false)).toBe('Imported the settings from mine.json.');
  });
});

describe('the "could not be read" notice', () => {
  it('says what a damaged stored list left out, and names other settings alone', () => {
    const { problems } = parseSettings({ version: 1, disabledSites: ['a.com', 42], snoozeMin: 'lots', workDays: 'weekdays' });
    expect(problems.map(storedProblemText)).toEqual([
      'Snooze for',
      'Work days',
      'Sites where highlighting is off: left out “42”; the rest of the list is kept',
    ]);
  });

  it('says a stored list that was too long kept its first 1000 entries', () => {
    const { problems } = parseSettings({ version: 1, disabledSites: Array.from({ length: 1001 }, (_, i) => `s${i}.com`) });
    expect(problems.map(storedProblemText)).toEqual(['Sites where highlighting is off: kept the first 1000']);
    expect(problems.map(problemText)).toEqual(['Sites where highlighting is off: Lists 1001 sites, but Limber keeps at most 1000.']);
  });
});
