/** A fixed-window counter per key, in memory (one Keel process serves one database). */
export interface RateLimiter {
  /** Counts one event; false when the key is over its limit for the current window. */
  hit(key: string, now?: number): boolean;
  /** Events counted for the key in its current window, without counting one. */
  count(key: string, now?: number): number;
  reset(key: string): void;
}

export function createRateLimiter(max: number, windowMs: number, maxKeys = 10_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now = Date.now()) {
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        if (windows.size >= maxKeys) {
          for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
          if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
        }
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= max;
    },
    count(key, now = Date.now()) {
      const current = windows.get(key);
      return current && now - current.start < windowMs ? current.count : 0;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
