import { describe, expect, it } from 'vitest';
import { isUnfinishedEffect, parseUnfinishedEffects } from '../../../src/shared/timer-effects';

describe('unfinished timer effects read back from storage', () => {
  it('keeps every effect a step can leave undone', () => {
    const effects = [
      { type: 'notify', kind: 'break', snoozesLeft: 2, quiet: false },
      { type: 'notify', kind: 'posture', snoozesLeft: 0, quiet: true },
      { type: 'notify-heads-up', breakAt: 1_700_000_000_000 },
      { type: 'clear-notifications' },
      { type: 'open-break', routineId: 'desk-2', breakId: 1_700_000_000_000 },
      { type: 'open-break', routineId: 'morning-5' },
    ];
    expect(parseUnfinishedEffects(effects)).toEqual(effects);
  });

  it('reads nothing, or garbage, as nothing to do', () => {
    for (const raw of [undefined, null, 'notify', 42, {}, { type: 'notify' }]) expect(parseUnfinishedEffects(raw)).toEqual([]);
  });

  it('leaves out entries it cannot trust, keeping the rest', () => {
    const good = { type: 'clear-notifications' };
    const raw = [
      { type: 'notify', kind: 'lunch', snoozesLeft: 1, quiet: false },
      { type: 'notify', kind: 'break', snoozesLeft: -1, quiet: false },
      { type: 'notify', kind: 'break', snoozesLeft: 1.5, quiet: false },
      { type: 'notify', kind: 'break', snoozesLeft: 1, quiet: 'no' },
      { type: 'notify-heads-up', breakAt: 'soon' },
      { type: 'open-break', routineId: 'marathon' },
      { type: 'open-break', routineId: 'desk-2', breakId: Number.NaN },
      { type: 'stat', field: 'completed' },
      { type: 'format-disk' },
      null,
      good,
    ];
    expect(parseUnfinishedEffects(raw)).toEqual([good]);
  });

  it('never stores stats as unfinished: they are written with the state', () => {
    expect(isUnfinishedEffect({ type: 'stat', field: 'completed' })).toBe(false);
    expect(isUnfinishedEffect({ type: 'clear-notifications' })).toBe(true);
  });
});
