/** The guided break's player: what plays, and a countdown from absolute times. */
import { describe, expect, it } from 'vitest';
import { routines, stretches } from '../../../src/knowledge';
import { act, formatCountdown, planFrom, remainingMs, secondsStretched, startPlayer } from '../../../src/pages/break/player';

const q = (query: string) => new URLSearchParams(query);
const desk = routines.find((r) => r.id === 'desk-2')!;
const T = 1_000_000;

describe('planFrom', () => {
  it('plays the routine asked for, from its first stretch', () => {
    expect(planFrom(q('routine=desk-2'), routines, stretches, 'full-10')).toEqual({ routineId: 'desk-2', stretchIds: desk.stretchIds, index: 0, unknownRoutine: false, breakId: null });
  });

  it('starts a routine at the stretch asked for', () => {
    const plan = planFrom(q(`routine=desk-2&stretch=${desk.stretchIds[2]}`), routines, stretches, 'full-10');
    expect(plan.index).toBe(2);
  });

  it('a stretch alone ("Try it now") plays just that stretch', () => {
    expect(planFrom(q('stretch=cat-cow'), routines, stretches, 'desk-2')).toEqual({ routineId: null, stretchIds: ['cat-cow'], index: 0, unknownRoutine: false, breakId: null });
  });

  it('nothing asked: the routine for the break length', () => {
    expect(planFrom(q(''), routines, stretches, 'morning-5').routineId).toBe('morning-5');
  });

  it('an unknown routine or stretch falls back and says so', () => {
    expect(planFrom(q('routine=yoga'), routines, stretches, 'desk-2')).toMatchObject({ routineId: 'desk-2', unknownRoutine: true });
    expect(planFrom(q('stretch=<script>'), routines, stretches, 'desk-2')).toMatchObject({ routineId: 'desk-2', index: 0 });
  });

  it('names the timer break it was opened for, and only a plain time counts as one', () => {
    expect(planFrom(q('routine=desk-2&break=1764390000000'), routines, stretches, 'desk-2').breakId).toBe(1764390000000);
    for (const junk of ['', '-5', '1.5', '1e12', 'abc', '12345678901234567']) {
      expect(planFrom(q(`routine=desk-2&break=${junk}`), routines, stretches, 'desk-2').breakId, junk).toBeNull();
    }
  });
});

describe('the player', () => {
  const plan = planFrom(q('routine=desk-2'), routines, stretches, 'desk-2');

  it('counts down from absolute times, not ticks', () => {
    const p = startPlayer(plan, T);
    expect(remainingMs(p, 30, T)).toBe(30_000);
    expect(remainingMs(p, 30, T + 12_345)).toBe(17_655);
    expect(remainingMs(p, 30, T + 99_000)).toBe(0);
  });

  it('a pause holds the countdown, and resuming continues from where it was', () => {
    let p = startPlayer(plan, T);
    p = act(p, 'toggle-pause', 30, T + 10_000);
    expect(remainingMs(p, 30, T + 50_000)).toBe(20_000);
    p = act(p, 'toggle-pause', 30, T + 50_000);
    expect(remainingMs(p, 30, T + 55_000)).toBe(15_000);
  });

  it('Next counts the time spent (up to the stretch length); Skip and Back do not', () => {
    let p = startPlayer(plan, T);
    p = act(p, 'next', 30, T + 45_000);
    expect(p).toMatchObject({ index: 1, secondsDone: 30, stretchStartedAt: T + 45_000 });
    p = act(p, 'skip', 30, T + 50_000);
    expect(p).toMatchObject({ index: 2, secondsDone: 30 });
    p = act(p, 'back', 30, T + 52_000);
    expect(p).toMatchObject({ index: 1, secondsDone: 30 });
    p = act(act(p, 'back', 30, T + 53_000), 'back', 30, T + 54_000);
    expect(p.index).toBe(0);
  });

  it('Next on the last stretch does nothing; Done finishes and counts it; Skip there finishes too', () => {
    let p = { ...startPlayer(plan, T), index: desk.stretchIds.length - 1 };
    expect(act(p, 'next', 20, T + 5000)).toEqual(p);
    const done = act(p, 'done', 20, T + 12_000);
    expect(done).toMatchObject({ finished: true, secondsDone: 12 });
    expect(act(done, 'back', 20, T + 13_000)).toEqual(done);
    p = act(p, 'skip', 20, T + 5000);
    expect(p).toMatchObject({ finished: true, secondsDone: 0 });
  });

  it('reports the seconds stretched so far when left early', () => {
    const p = act(startPlayer(plan, T), 'next', 30, T + 20_000);
    expect(secondsStretched(p, 30, T + 26_000)).toBe(26);
  });

  it('formats the countdown as m:ss, rounding up', () => {
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });
});
