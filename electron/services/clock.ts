import { performance } from 'node:perf_hooks';
import type { Clock } from './types';

/**
 * Epoch-ms clock that never goes backwards: the wall time at start plus monotonic elapsed time.
 * Durations stay right even if the system clock is changed mid-show.
 */
export function createMonotonicClock(): Clock {
  const wall0 = Date.now();
  const mono0 = performance.now();
  return { now: () => Math.round(wall0 + (performance.now() - mono0)) };
}
