// Prerendered elements wait, then hydrate a few at a time, one task per batch. All at once,
// their first render was one long task (185–330 ms on a phone with CPU slowed 4×, bench:page)
// in which the page answered no tap or key. Lit's hydration support skips an element with
// `defer-hydration` and hydrates it when the attribute goes. This module must run after the
// hydration support and before the elements are defined.
const TAGS = 'mwfa-stat-card, mwfa-value, mwfa-key-message, mwfa-trend-chart';
const BATCH = 4;

// Only prerendered ones (a declarative shadow root): an element rendered on the client would
// lose the space its CSS reserves before it is defined, and shift the page.
const waiting = [...document.querySelectorAll(TAGS)].filter((element) => element.shadowRoot);
for (const element of waiting) element.setAttribute('defer-hydration', '');

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Hydrates the waiting elements in page order, `BATCH` per task, the first batch too in a task
 * of its own: the task that runs the script is long enough already.
 */
export async function hydrateInBatches(): Promise<void> {
  for (let start = 0; start < waiting.length; start += BATCH) {
    await nextTask();
    for (const element of waiting.slice(start, start + BATCH)) {
      element.removeAttribute('defer-hydration');
    }
  }
}
