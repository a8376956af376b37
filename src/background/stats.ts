/** Records timer statistics in storage (the arithmetic is shared/stats.ts). */
import { record } from '../shared/stats';
import { readItem, statsItem, writeItem } from '../shared/storage';
import type { StatField } from '../shared/timer';

export async function recordStat(field: StatField, now: number, minutes = 0): Promise<void> {
  const stats = await readItem(statsItem);
  await writeItem(statsItem, record(stats, field, now, minutes));
}
