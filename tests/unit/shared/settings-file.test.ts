import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/shared/settings';
import {
  MAX_SETTINGS_FILE_BYTES,
  readSettingsFile,
  settingsAfterImport,
  settingsFileName,
  settingsFileText,
} from '../../../src/shared/settings-file';

const NOW = new Date(2026, 10, 28, 12, 0).getTime();
const custom = { ...DEFAULT_SETTINGS, breakIntervalMin: 50, disabledSites: ['example.com'], highlightStyle: 'background' as const };

describe('export', () => {
  it('round-trips through import unchanged', () => {
    const result = readSettingsFile(settingsFileText(custom, NOW));
    expect(result).toEqual({ ok: true, settings: custom, fromVersion: SETTINGS_VERSION, missing: [] });
  });

  it('is readable JSON naming the format and the time', () => {
    const json = JSON.parse(settingsFileText(custom, NOW)) as Record<string, unknown>;
    expect(json['format']).toBe('limber-settings');
    expect(json['exportedAt']).toBe(new Date(NOW).toISOString());
    expect(json['settings']).toEqual(custom);
    expect(settingsFileText(custom, NOW)).toContain('\n  "settings": {');
  });

  it('names the file by local date', () => {
    expect(settingsFileName(NOW)).toBe('limber-settings-2026-11-28.json');
    expect(settingsFileName(new Date(2026, 0, 3, 23, 59).getTime())).toBe('limber-settings-2026-01-03.json');
  });
});

describe('import: valid files', () => {
  it('accepts a bare settings object with a version (what storage holds)', () => {
    expect(readSettingsFile(JSON.stringify({ version: 1, dailyGoal: 6 }))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, dailyGoal: 6 },
      fromVersion: 1,
      missing: expect.not.arrayContaining(['dailyGoal']),
    });
  });

  it('keeps the current value of every setting a partial file does not mention', () => {
    const result = readSettingsFile(JSON.stringify({ version: 1, snoozeMin: 33 }));
    if (!result.ok) throw new Error('refused');
    expect(result.missing).toContain('dailyGoal');
    expect(result.missing).not.toContain('snoozeMin');
    const current = { ...DEFAULT_SETTINGS, dailyGoal: 9, headsUp: true, disabledSites: ['keep.me'] };
    expect(settingsAfterImport(current, result.settings, result.missing)).toEqual({ ...current, snoozeMin: 33 });
    // A whole file replaces everything.
    const whole = readSettingsFile(settingsFileText(custom, NOW));
    if (!whole.ok) throw new Error('refused');
    expect(settingsAfterImport(current, whole.settings, whole.missing)).toEqual(custom);
  });

  it('migrates an older version (0) and reports where it came from', () => {
    const old = { format: 'limber-settings', settings: { version: 0, breakIntervalMin: 30, highlightEnabled: false } };
    expect(readSettingsFile(JSON.stringify(old))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, breakIntervalMin: 30, highlightEnabled: false },
      fromVersion: 0,
      missing: expect.any(Array),
    });
  });

  it('treats an envelope whose settings have no version as version 0', () => {
    const result = readSettingsFile(JSON.stringify({ format: 'limber-settings', settings: { snoozeMin: 5 } }));
    expect(result).toMatchObject({ ok: true, fromVersion: 0 });
  });

  it('tolerates a byte-order mark and surrounding whitespace', () => {
    const text = `\uFEFF  ${settingsFileText(custom, NOW)}  `;
    expect(readSettingsFile(text)).toMatchObject({ ok: true, settings: custom });
  });
});

describe('import: files that change nothing', () => {
  it('refuses a file over 100 KB by its size, without parsing', () => {
    expect(MAX_SETTINGS_FILE_BYTES).toBe(102_400);
    const valid = settingsFileText(custom, NOW);
    expect(readSettingsFile(valid, MAX_SETTINGS_FILE_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_SETTINGS_FILE_BYTES + 1 },
    });
    expect(readSettingsFile(valid, MAX_SETTINGS_FILE_BYTES)).toMatchObject({ ok: true });
  });

  it('measures the text in UTF-8 bytes when no size is given', () => {
    const padded = JSON.stringify({ version: 1, pad: 'é'.repeat(60_000) }); // 2 bytes each
    expect(readSettingsFile(padded)).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('refuses an empty file', () => {
    expect(readSettingsFile('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(readSettingsFile(' \n ')).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it.each(['{', '{"version": 1,}', 'settings', "{'version': 1}", '<xml/>'])('refuses text that is not JSON: %s', (text) => {
    const result = readSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('not-json');
      if (result.error.kind === 'not-json') expect(result.error.detail).not.toBe('');
    }
  });

  it.each([
    ['a number', '42'],
    ['a list', '[{"version":1}]'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['another app’s file', '{"version": 1, "theme": "dark"}'],
    ['settings without a version', '{"breakIntervalMin": 30}'],
    ['another format', '{"format": "other-app", "settings": {"version": 1}}'],
    ['our format without settings', '{"format": "limber-settings"}'],
    ['our format with settings that are not an object', '{"format": "limber-settings", "settings": [1]}'],
  ])('refuses JSON that is not Limber settings: %s', (_label, text) => {
    expect(readSettingsFile(text)).toEqual({ ok: false, error: { kind: 'not-settings' } });
  });

  it.each([['text', '"1"'], ['a fraction', '1.5'], ['negative', '-1'], ['null', 'null']])('refuses a version that is %s', (_l, v) => {
    expect(readSettingsFile(`{"format":"limber-settings","settings":{"version":${v}}}`)).toEqual({
      ok: false,
      error: { kind: 'bad-version' },
    });
  });

  it('refuses a newer version, saying which', () => {
    const text = JSON.stringify({ format: 'limber-settings', settings: { ...custom, version: SETTINGS_VERSION + 1 } });
    expect(readSettingsFile(text)).toEqual({ ok: false, error: { kind: 'newer-version', version: SETTINGS_VERSION + 1 } });
  });

  it('refuses wrong types and out-of-range values, listing every one', () => {
    const text = JSON.stringify({
      format: 'limber-settings',
      settings: { ...custom, breakIntervalMin: '45 minutes', badgeEnabled: 'yes', snoozeMin: 0 },
    });
    const result = readSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'bad-fields') {
      expect(result.error.problems.map((p) => p.key).sort()).toEqual(['badgeEnabled', 'breakIntervalMin', 'snoozeMin']);
    } else {
      expect.fail(`expected bad-fields, got ${JSON.stringify(result)}`);
    }
  });

  it.each([
    ['with no version', { breakInterval: 30 }],
    ['of version 0', { version: 0, breakInterval: 30 }],
    ['of the current version', { version: SETTINGS_VERSION, breakInterval: 30 }],
  ])('refuses a name no version knows (a typo) in settings %s', (_label, settings) => {
    expect(readSettingsFile(JSON.stringify({ format: 'limber-settings', settings }))).toEqual({
      ok: false,
      error: { kind: 'unknown-fields', names: ['breakInterval'] },
    });
  });

  it.each([
    ['empty settings', {}],
    ['settings holding only a version', { version: SETTINGS_VERSION }],
  ])('refuses %s: there is nothing to import', (_label, settings) => {
    expect(readSettingsFile(JSON.stringify({ format: 'limber-settings', settings }))).toEqual({ ok: false, error: { kind: 'no-settings' } });
  });

  it('refuses a site list with one entry that is not a site, naming it', () => {
    const text = JSON.stringify({ format: 'limber-settings', settings: { version: 1, disabledSites: ['a.com', 'not a site'] } });
    expect(readSettingsFile(text)).toEqual({
      ok: false,
      error: {
        kind: 'bad-fields',
        problems: [{ key: 'disabledSites', message: expect.any(String), reason: { kind: 'bad-entries', entries: ['not a site'] } }],
      },
    });
  });

  it('refuses more than 1000 sites as too many, not as a bad name', () => {
    const sites = Array.from({ length: 1001 }, (_, i) => `site${i}.example.com`);
    const text = JSON.stringify({ format: 'limber-settings', settings: { version: 1, disabledSites: sites } });
    expect(readSettingsFile(text)).toMatchObject({
      ok: false,
      error: { kind: 'bad-fields', problems: [{ key: 'disabledSites', reason: { kind: 'too-many', max: 1000, count: 1001 } }] },
    });
  });

  it('refuses names the current version does not know (likely typos)', () => {
    const text = JSON.stringify({ format: 'limber-settings', settings: { ...custom, breakIntervalMins: 30 } });
    expect(readSettingsFile(text)).toEqual({ ok: false, error: { kind: 'unknown-fields', names: ['breakIntervalMins'] } });
  });
});
