// Vitest's global setup: the tests read the built package, as consumers import it, so a run after
// an edit to src/ builds first (they passed on the old records).
import {buildIfStale} from '../../../.scripts/build-if-stale.mjs';

export default function setup(): void {
  if (!buildIfStale('data')) throw new Error('[data] build: FAILED');
}
