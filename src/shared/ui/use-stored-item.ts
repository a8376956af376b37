/**
 * A stored item as Preact state: starts from a value the page read before its
 * first render (so nothing flashes empty) and follows storage.onChanged, so a
 * change made anywhere (background, another page, another window) shows at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { readItem, watchItem, type StorageItem } from '../storage';

export function useStoredItem<T>(item: StorageItem<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    const stop = watchItem(item, (next) => {
      if (live) setValue(next);
    });
    // A change between the first read and this subscription would otherwise be missed.
    void readItem(item).then((latest) => {
      if (live) setValue(latest);
    });
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}
