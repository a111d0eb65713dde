"use client";

import type { AnimationController } from "recharts";

/** Jumps every Recharts animation in the export frame to its end, so a capture never catches a half-drawn bar. */
export const instantAnimation: AnimationController = (_timeouts, handle, listener) => {
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    const begin = handle.getAnimationBegin();
    handle.tick(0);
    handle.tick(begin);
    handle.tick(begin + handle.getAnimationDuration() + 1);
    listener(handle.getInterpolated());
    handle.complete();
  });
  return () => {
    cancelled = true;
  };
};
