import { describe, expect, it } from 'vitest';
import {
  ALL_CATEGORIES,
  DEFAULT_SETTINGS,
  RANGES,
  SETTINGS_VERSION,
  SETTING_KEYS,
  highlightingOnFor,
  normaliseHostname,
  parseSettings,
  validateSetting,
  type SettingKey,
  type Settings,
} from '../../../src/shared/settings';

describe('DEFAULT_SETTINGS', () => {
  it('is itself valid: parsing it changes nothing and reports nothing', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('carries the current version and a value for every setting key', () => {
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
    for (const key of SETTING_KEYS) expect(DEFAULT_SETTINGS[key], key).not.toBeUndefined();
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTING_KEYS, 'version'].sort());
  });

  it('has every default inside its own range', () => {
    for (const [key, { min, max }] of Object.entries(RANGES)) {
      const value = DEFAULT_SETTINGS[key as keyof typeof RANGES];
      expect(value, key).toBeGreaterThanOrEqual(min);
      expect(value, key).toBeLessThanOrEqual(max);
    }
  });

  it('uses the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      postureIntervalMin: 20,
      breakIntervalMin: 45,
      breakLengthMin: 3,
      snoozeMin: 10,
      dailyGoal: 4,
      headsUp: false,
      dontInterrupt: true,
      morningRoutine: true,
      workHoursEnabled: false,
      highlightEnabled: true,
      highlightStyle: 'underline',
      badgeEnabled: true,
    });
    expect(DEFAULT_SETTINGS.highlightCategories).toEqual(ALL_CATEGORIES);
  });
});

describe('validateSetting: numbers', () => {
  const cases: [keyof typeof RANGES, number, number][] = [
    ['postureIntervalMin', 5, 240],
    ['breakIntervalMin', 5, 240],
    ['breakLengthMin', 1, 30],
    ['snoozeMin', 1, 60],
    ['dailyGoal', 1, 24],
    ['morningHour', 0, 23],
    ['workStartMin', 0, 1439],
    ['workEndMin', 0, 1439],
  ];

  it.each(cases)('%s accepts exactly %i to %i', (key, min, max) => {
    expect(RANGES[key]).toEqual({ min, max });
    expect(validateSetting(key, min)).toEqual({ ok: true, value: min });
    expect(validateSetting(key, max)).toEqual({ ok: true, value: max });
    expect(validateSetting(key, min - 1).ok).toBe(false);
    expect(validateSetting(key, max + 1).ok).toBe(false);
  });

  it('says the range, with the unit, when a value is outside it', () => {
    const result = validateSetting('breakIntervalMin', 4);
    expect(result).toEqual({ ok: false, message: 'must be from 5 to 240 minutes' });
    expect(validateSetting('breakLengthMin', 31)).toEqual({ ok: false, message: 'must be from 1 to 30 minutes' });
    expect(validateSetting('snoozeMin', 0)).toEqual({ ok: false, message: 'must be from 1 to 60 minutes' });
  });

  it('accepts a decimal integer typed as text, trimming spaces', () => {
    expect(validateSetting('breakIntervalMin', '30')).toEqual({ ok: true, value: 30 });
    expect(validateSetting('breakIntervalMin', ' 60 ')).toEqual({ ok: true, value: 60 });
    expect(validateSetting('breakIntervalMin', '+60')).toEqual({ ok: true, value: 60 });
  });

  it.each([
    ['a fraction', 20.5],
    ['a fraction as text', '20.5'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['empty text', ''],
    ['blank text', '   '],
    ['words', 'twenty'],
    ['hexadecimal text', '0x14'],
    ['exponent text', '2e1'],
    ['a number with a unit', '20 min'],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['an array', [20]],
    ['an object', { value: 20 }],
  ])('rejects %s with a "whole number" message', (_label, value) => {
    const result = validateSetting('postureIntervalMin', value);
    expect(result).toEqual({ ok: false, message: 'must be a whole number from 5 to 240 minutes' });
  });

  it('says "breaks" for the daily goal and no unit for hours', () => {
    expect(validateSetting('dailyGoal', 0)).toEqual({ ok: false, message: 'must be from 1 to 24 breaks' });
    expect(validateSetting('morningHour', 24)).toEqual({ ok: false, message: 'must be from 0 to 23' });
  });
});

describe('validateSetting: on/off, choices and sets', () => {
  const booleans: SettingKey[] = SETTING_KEYS.filter((k) => typeof DEFAULT_SETTINGS[k] === 'boolean');

  it('knows the on/off settings', () => {
    expect(booleans.sort()).toEqual(
      [
        'postureEnabled',
        'breakEnabled',
        'headsUp',
        'requireInteraction',
        'dontInterrupt',
        'morningRoutine',
        'workHoursEnabled',
        'idleDetection',
        'highlightEnabled',
        'highlightAll',
        'badgeEnabled',
      ].sort(),
    );
  });

  it.each(booleans)('%s takes true and false only', (key) => {
    expect(validateSetting(key, true)).toEqual({ ok: true, value: true });
    expect(validateSetting(key, false)).toEqual({ ok: true, value: false });
    for (const bad of ['true', 1, 0, null, undefined, {}]) {
      expect(validateSetting(key, bad)).toEqual({ ok: false, message: 'must be on or off' });
    }
  });

  it('breakOpenMode is window or tab', () => {
    expect(validateSetting('breakOpenMode', 'window')).toEqual({ ok: true, value: 'window' });
    expect(validateSetting('breakOpenMode', 'tab')).toEqual({ ok: true, value: 'tab' });
    expect(validateSetting('breakOpenMode', 'Window')).toEqual({ ok: false, message: 'must be one of: window, tab' });
    expect(validateSetting('breakOpenMode', 1).ok).toBe(false);
  });

  it('highlightStyle is underline or background', () => {
    expect(validateSetting('highlightStyle', 'background')).toEqual({ ok: true, value: 'background' });
    expect(validateSetting('highlightStyle', 'bold')).toEqual({ ok: false, message: 'must be one of: underline, background' });
  });

  it('workDays keeps Sunday-first order and drops repeats', () => {
    expect(validateSetting('workDays', [5, 1, 3, 1])).toEqual({ ok: true, value: [1, 3, 5] });
    expect(validateSetting('workDays', [])).toEqual({ ok: true, value: [] });
    expect(validateSetting('workDays', [0, 6])).toEqual({ ok: true, value: [0, 6] });
  });

  it('workDays rejects unknown days and non-lists', () => {
    expect(validateSetting('workDays', [1, 7])).toEqual({
      ok: false,
      message: 'has unknown weekdays: 7',
      reason: { kind: 'bad-entries', entries: ['7'] },
    });
    expect(validateSetting('workDays', ['1'])).toMatchObject({ ok: false, message: 'has unknown weekdays: 1' });
    expect(validateSetting('workDays', 1)).toEqual({ ok: false, message: 'must be a list of weekdays', reason: { kind: 'not-a-list' } });
    expect(validateSetting('workDays', { 0: 1 }).ok).toBe(false);
  });

  it('highlightCategories keeps the canonical order and rejects strangers', () => {
    expect(validateSetting('highlightCategories', ['symptom', 'anatomy', 'symptom'])).toEqual({
      ok: true,
      value: ['anatomy', 'symptom'],
    });
    expect(validateSetting('highlightCategories', ['anatomy', 'gossip'])).toEqual({
      ok: false,
      message: 'has unknown categories: gossip',
      reason: { kind: 'bad-entries', entries: ['gossip'] },
    });
  });
});

describe('normaliseHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.Example.com/page?q=1#top', 'www.example.com'],
    ['http://example.com:8080/x', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['example.com/some/path', 'example.com'],
    ['example.com?x=1', 'example.com'],
    ['example.com#frag', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://user:secret@example.com/', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['sub-domain.example.co.uk', 'sub-domain.example.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseHostname(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'not a host',
    'exa mple.com',
    '-example.com',
    'example-.com',
    'example..com',
    '.example.com',
    'under_score.com',
    'file:///etc/passwd',
    'about:blank',
    'about:addons',
    'chrome://extensions',
    'chrome://settings/privacy',
    'edge://newtab',
    'moz-extension://abc/options.html',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'view-source:https://example.com/',
    'ftp://files.example.org/',
    'ws://example.com/socket',
    'https://',
    `${'a'.repeat(64)}.com`,
    `${'abcdefghi.'.repeat(26)}com`,
    'http://[::1]/',
  ])('rejects %j', (input) => {
    expect(normaliseHostname(input)).toBeNull();
  });

  it('accepts a label of 63 characters and a name of 253', () => {
    expect(normaliseHostname(`${'a'.repeat(63)}.com`)).toBe(`${'a'.repeat(63)}.com`);
    const long = `${'abcdefgh.'.repeat(27)}abcdefghij`; // 27 * 9 + 10 = 253
    expect(long).toHaveLength(253);
    expect(normaliseHostname(long)).toBe(long);
  });
});

describe('validateSetting: disabledSites', () => {
  it('normalises pasted URLs and drops repeats, keeping order', () => {
    expect(validateSetting('disabledSites', ['https://News.example.com/a', 'b.org', 'news.example.com'])).toEqual({
      ok: true,
      value: ['news.example.com', 'b.org'],
    });
  });

  it('names the entry that is not a site', () => {
    expect(validateSetting('disabledSites', ['a.com', 'not a site'])).toEqual({
      ok: false,
      message: '“not a site” is not a valid site name (like example.com)',
      reason: { kind: 'bad-entries', entries: ['not a site'] },
    });
    expect(validateSetting('disabledSites', [42])).toEqual({
      ok: false,
      message: '“42” is not a valid site name (like example.com)',
      reason: { kind: 'bad-entries', entries: ['42'] },
    });
    expect(validateSetting('disabledSites', ['a.com', 'x y', null])).toMatchObject({
      ok: false,
      message: '“x y”, “null” are not valid site names (like example.com)',
    });
  });

  it('cuts a very long bad entry in the message', () => {
    const result = validateSetting('disabledSites', ['x'.repeat(500) + ' y']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(140);
  });

  it('rejects a non-list and more than 1000 sites', () => {
    expect(validateSetting('disabledSites', 'a.com')).toEqual({ ok: false, message: 'must be a list of site names', reason: { kind: 'not-a-list' } });
    const many = Array.from({ length: 1001 }, (_, i) => `s${i}.com`);
    expect(validateSetting('disabledSites', many)).toEqual({
      ok: false,
      message: 'can hold at most 1000 site names',
      reason: { kind: 'too-many', max: 1000, count: 1001 },
    });
    expect(validateSetting('disabledSites', many.slice(0, 1000)).ok).toBe(true);
  });
});

describe('parseSettings', () => {
  it('gives the defaults without problems for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it.each([['a string', 'settings'], ['a number', 3], ['an array', [1, 2]], ['true', true]])(
    'gives the defaults and one problem for %s',
    (_label, input) => {
      expect(parseSettings(input)).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [{ key: 'file', message: 'Settings must be an object.' }],
      });
    },
  );

  it('keeps every valid field and falls back field by field, reporting each bad one', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      breakIntervalMin: 30,
      postureIntervalMin: 'often',
      snoozeMin: 999,
      highlightStyle: 'background',
      workDays: 'weekdays',
      badgeEnabled: false,
      disabledSites: ['ok.com', 'bad site'],
    };
    const { settings, problems } = parseSettings(stored);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      breakIntervalMin: 30,
      highlightStyle: 'background',
      badgeEnabled: false,
      disabledSites: ['ok.com'],
    });
    expect(problems.map((p) => p.key).sort()).toEqual(['disabledSites', 'postureIntervalMin', 'snoozeMin', 'workDays']);
    expect(problems.find((p) => p.key === 'snoozeMin')?.message).toBe('must be from 1 to 60 minutes');
  });

  it('fills fields missing from a partial object with defaults, silently', () => {
    const { settings, problems } = parseSettings({ version: 1, dailyGoal: 6 });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, dailyGoal: 6 });
  });

  it('ignores unknown fields and does not copy them', () => {
    const { settings, problems } = parseSettings({ ...DEFAULT_SETTINGS, shoeSize: 44 });
    expect(problems).toEqual([]);
    expect(settings).not.toHaveProperty('shoeSize');
  });

  it('does not read settings through the prototype chain', () => {
    const proto = { badgeEnabled: false };
    const input = Object.create(proto) as Record<string, unknown>;
    input['version'] = 1;
    expect(parseSettings(input).settings.badgeEnabled).toBe(true);
  });

  it('is not fooled by a "__proto__" key from JSON', () => {
    const input: unknown = JSON.parse('{"version":1,"__proto__":{"badgeEnabled":false}}');
    const { settings } = parseSettings(input);
    expect(settings.badgeEnabled).toBe(true);
    expect(({} as Record<string, unknown>)['badgeEnabled']).toBeUndefined();
  });

  it('normalises what it keeps (text numbers, site names, set order)', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      breakIntervalMin: '50',
      disabledSites: ['HTTPS://Example.com/path'],
      workDays: [3, 1],
    });
    expect(problems).toEqual([]);
    expect(settings.breakIntervalMin).toBe(50);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.workDays).toEqual([1, 3]);
  });

  it('always returns the current version', () => {
    expect(parseSettings({ version: 1 }).settings.version).toBe(SETTINGS_VERSION);
    expect(parseSettings({}).settings.version).toBe(SETTINGS_VERSION);
  });

  it('does not mutate its input', () => {
    const input = { breakIntervalMin: '30', workDays: [5, 1] };
    const copy = structuredClone(input);
    parseSettings(input);
    expect(input).toEqual(copy);
  });

  it('returns a fresh object each time, not the defaults themselves, when fields were given', () => {
    const a = parseSettings({ version: 1, dailyGoal: 5 }).settings;
    expect(a).not.toBe(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.dailyGoal).toBe(4);
  });
});

describe('parseSettings: stored lists keep their valid entries', () => {
  it('keeps the valid sites and categories around one damaged entry, reporting what was left out', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      disabledSites: ['127.0.0.1', 'news.example', 'forum.example', 42],
      highlightCategories: ['exercise', 'medication', 'not-a-category'],
    });
    expect(settings.disabledSites).toEqual(['127.0.0.1', 'news.example', 'forum.example']);
    expect(settings.highlightCategories).toEqual(['medication', 'exercise']);
    expect(highlightingOnFor(settings, '127.0.0.1')).toBe(false);
    expect(problems).toEqual([
      {
        key: 'highlightCategories',
        message: 'has unknown categories: not-a-category',
        reason: { kind: 'bad-entries', entries: ['not-a-category'] },
      },
      {
        key: 'disabledSites',
        message: '“42” is not a valid site name (like example.com)',
        reason: { kind: 'bad-entries', entries: ['42'] },
      },
    ]);
  });

  it('keeps the valid work days', () => {
    const { settings, problems } = parseSettings({ version: 1, workDays: [1, 'Tuesday', 3, 9] });
    expect(settings.workDays).toEqual([1, 3]);
    expect(problems).toMatchObject([{ key: 'workDays', reason: { kind: 'bad-entries', entries: ['Tuesday', '9'] } }]);
  });

  it('names at most five bad entries, each cut short', () => {
    const junk = Array.from({ length: 8 }, (_, i) => `${'x'.repeat(200)} ${i}`);
    const { settings, problems } = parseSettings({ version: 1, disabledSites: ['keep.me', ...junk] });
    expect(settings.disabledSites).toEqual(['keep.me']);
    const reason = problems[0]?.reason;
    expect(reason?.kind === 'bad-entries' && reason.entries.length).toBe(5);
    expect(reason?.kind === 'bad-entries' && reason.entries.every((e) => e.length <= 80)).toBe(true);
  });

  it('keeps the first 1000 of too many stored sites, saying so', () => {
    const many = Array.from({ length: 1002 }, (_, i) => `s${i}.com`);
    const { settings, problems } = parseSettings({ version: 1, disabledSites: many });
    expect(settings.disabledSites).toEqual(many.slice(0, 1000));
    expect(problems).toEqual([
      { key: 'disabledSites', message: 'can hold at most 1000 site names', reason: { kind: 'too-many', max: 1000, count: 1002 } },
    ]);
  });

  it('still falls back to the default for a list that is not a list', () => {
    const { settings, problems } = parseSettings({ version: 1, disabledSites: 'a.com', highlightCategories: { 0: 'anatomy' } });
    expect(settings.disabledSites).toEqual([]);
    expect(settings.highlightCategories).toEqual(ALL_CATEGORIES);
    expect(problems.map((p) => [p.key, p.reason])).toEqual([
      ['highlightCategories', { kind: 'not-a-list' }],
      ['disabledSites', { kind: 'not-a-list' }],
    ]);
  });

  it('reads the lists of a newer version as far as it knows them, without calling the rest damaged', () => {
    const { settings, problems } = parseSettings({
      version: SETTINGS_VERSION + 1,
      highlightCategories: ['exercise', 'posture'],
      disabledSites: ['a.com', '*.b.com'],
    });
    expect(settings.highlightCategories).toEqual(['exercise']);
    expect(settings.disabledSites).toEqual(['a.com']);
    expect(problems.map((p) => p.key)).toEqual(['newer-version']);
  });
});

describe('parseSettings: versions and migration', () => {
  it('migrates an object without a version (version 0) keeping its values', () => {
    const { settings, problems } = parseSettings({ breakIntervalMin: 60, highlightEnabled: false });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, breakIntervalMin: 60, highlightEnabled: false });
  });

  it('migrates an explicit version 0 the same way', () => {
    const { settings, problems } = parseSettings({ version: 0, snoozeMin: 5 });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, snoozeMin: 5 });
  });

  it('reports a newer version and still reads what it understands', () => {
    const { settings, problems } = parseSettings({ version: SETTINGS_VERSION + 1, dailyGoal: 8, newThing: 1 });
    expect(settings.dailyGoal).toBe(8);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(problems).toEqual([{ key: 'newer-version', message: `These settings come from a newer Limber (version ${SETTINGS_VERSION + 1}).` }]);
  });

  it.each([['text', '1'], ['a fraction', 1.5], ['negative', -1], ['null', null], ['an object', {}]])(
    'reports a version that is %s and reads the fields as current',
    (_label, version) => {
      const { settings, problems } = parseSettings({ version, dailyGoal: 7 });
      expect(settings.dailyGoal).toBe(7);
      expect(problems).toEqual([{ key: 'version', message: 'The settings version is not a whole number.' }]);
    },
  );
});

describe('highlightingOnFor', () => {
  const on: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'news.org'] };

  it('is off everywhere when highlighting is off', () => {
    expect(highlightingOnFor({ ...DEFAULT_SETTINGS, highlightEnabled: false }, 'anything.com')).toBe(false);
  });

  it('is off on a listed site and its subdomains, any case', () => {
    expect(highlightingOnFor(on, 'example.com')).toBe(false);
    expect(highlightingOnFor(on, 'www.example.com')).toBe(false);
    expect(highlightingOnFor(on, 'A.B.Example.COM')).toBe(false);
  });

  it('is off on a listed site whose address ends in a dot (the same site, fully qualified)', () => {
    expect(highlightingOnFor(on, 'example.com.')).toBe(false);
    expect(highlightingOnFor(on, 'www.example.com.')).toBe(false);
    expect(highlightingOnFor({ ...on, disabledSites: ['localhost'] }, 'localhost.')).toBe(false);
  });

  it('stays on for look-alikes and parents', () => {
    expect(highlightingOnFor(on, 'notexample.com')).toBe(true);
    expect(highlightingOnFor(on, 'example.com.evil.net')).toBe(true);
    expect(highlightingOnFor({ ...on, disabledSites: ['www.example.com'] }, 'example.com')).toBe(true);
  });
});
