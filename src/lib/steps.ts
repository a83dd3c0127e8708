/**
 * Work written as a generator that yields wherever it may stop (between one entry or section and
 * the next): run at once where nothing waits on it, or in steps in the browser, where a long
 * article's hundreds of entries would otherwise keep the page from answering. How much runs
 * between pauses is the runner's to decide, by time.
 */
export type Steps<T> = Generator<void, T>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Time the work may take before the page gets a turn: a quarter of a 60 Hz frame. */
const STEP_BUDGET_MS = 4;

/** Runs the steps, giving the page a turn (`pause`) whenever they have run for a few milliseconds. */
export async function runStepsWithPauses<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= STEP_BUDGET_MS) {
      await pause();
      since = performance.now();
    }
  }
}
