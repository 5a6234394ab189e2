import { describe, expect, inject, it } from 'vitest';
import { openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// The shared session turns any policy violation into an error and fails the file on it
// (browser.ts listens for securitypolicyviolation on every page of every browser test).
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

describe('Content-Security-Policy', () => {
  it('the built page carries a strict policy: own origin only, no inline script, no eval; it is enforced', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T11:09:00Z&rate=0');
    const page = session.page;
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    const errorsBefore = session.errors.length;
    // The policy is in force: an inline script put into the page does not run, and is reported.
    // (Eval cannot be probed from here: code that DevTools runs is exempt from the policy.)
    const refused = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; seen: string[] }>((resolve) => {
          const seen: string[] = [];
          const onViolation = (e: SecurityPolicyViolationEvent) => seen.push(e.violatedDirective);
          document.addEventListener('securitypolicyviolation', onViolation);
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.head.append(script);
          setTimeout(() => {
            document.removeEventListener('securitypolicyviolation', onViolation);
            resolve({ ran: (window as { __inlineRan?: boolean }).__inlineRan === true, seen });
          }, 200);
        }),
    );
    expect(refused.ran).toBe(false);
    expect(refused.seen.some((d) => d.startsWith('script-src'))).toBe(true);
    // The session's error list now holds that deliberate violation (our listener's line and the
    // browser's own); take those off again, and only those.
    const deliberate = /CSP violation: script-src|inline script violates/;
    await expect
      .poll(() => {
        const logged = session.errors.slice(errorsBefore);
        return (
          logged.some((e) => /CSP violation: script-src/.test(e)) &&
          logged.some((e) => /inline script violates/.test(e))
        );
      })
      .toBe(true);
    const before = session.errors.length;
    for (let k = session.errors.length - 1; k >= errorsBefore; k--)
      if (deliberate.test(session.errors[k]!)) session.errors.splice(k, 1);
    expect(session.errors.length).toBeLessThan(before);
  });

  it('the what-if worker runs under the policy', async () => {
    const page = session.page;
    await page.keyboard.press('w');
    await expect
      .poll(() => page.getByTestId('what-if-result').textContent(), { timeout: 15_000 })
      .toMatch(/Simulated in/);
  });
});
