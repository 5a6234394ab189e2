/**
 * A time limit for one step of a long browser run. Playwright's own timeouts cover clicks and
 * waits, but not page.evaluate or DevTools protocol calls, which hang for as long as a stuck page.
 */
export class StepTimeoutError extends Error {}

/**
 * `phase`, where given, says which part of the step was running when it ran out of time: a stuck
 * run should say where it stuck, not only which step.
 */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  step: string,
  phase?: () => string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const where = phase ? ` (while: ${phase()})` : '';
      reject(new StepTimeoutError(`${step}: no answer in ${ms} ms${where}`));
    }, ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
