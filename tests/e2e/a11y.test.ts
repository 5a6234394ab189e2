import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
// One browser for the file; it checks at the end that nothing left the app's own origin.
const session = sharedSession(baseUrl);

// axe-core's own build, evaluated in the page: the audit fetches nothing.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const MS19 = '?mission=soyuz-ms-19-landing&t=2022-03-30T10:40:00Z&rate=0';

type AxeWindow = { axe: { run(c: Document, o: object): Promise<AxeResults> } };

/** Serious and critical violations on the page as it is now, of every rule or of some. */
async function seriousViolations(page: Page, rules?: string[]): Promise<Result[]> {
  // Evaluated through the DevTools protocol rather than as a <script>, which the app's
  // Content-Security-Policy (script-src 'self') would refuse.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (only) =>
      (window as unknown as AxeWindow).axe.run(document, {
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
      }),
    rules,
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * axe cannot read colours off the WebGL canvas, so over the scene it leaves text contrast
 * "incomplete". The overlay must stay readable whatever the scene shows (a black sky from orbit,
 * a bright blue one from the ground camera), so contrast is checked again with the canvas hidden
 * behind a white, then a black, backdrop: the two extremes any picture lies between.
 */
async function contrastOverBackdrop(page: Page, backdrop: string): Promise<Result[]> {
  await page.evaluate((bg) => {
    const scene = document.querySelector<HTMLElement>('.scene')!;
    scene.style.background = bg;
    for (const c of scene.querySelectorAll('canvas')) c.style.visibility = 'hidden';
  }, backdrop);
  try {
    return (await seriousViolations(page, ['color-contrast'])).map((v) => ({
      ...v,
      help: `${v.help} (scene hidden behind ${backdrop})`,
    }));
  } finally {
    await page.evaluate(() => {
      const scene = document.querySelector<HTMLElement>('.scene')!;
      scene.style.background = '';
      for (const c of scene.querySelectorAll('canvas')) c.style.visibility = '';
    });
  }
}

/** Each violation's id, impact, help and the first few elements it was found on. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const where = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${n.target.join(' ')}\n      ${n.failureSummary?.split('\n').join(' ') ?? ''}`,
        )
        .join('\n');
      return `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n${where}`;
    })
    .join('\n');
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = [
    ...(await seriousViolations(page)),
    ...(await contrastOverBackdrop(page, '#ffffff')),
    ...(await contrastOverBackdrop(page, '#000000')),
  ];
  // Compared as text so a failure prints the rule, the elements and what to fix, not raw JSON.
  expect(describeViolations(violations)).toBe('');
}

/** Clicking on the globe gives the page focus without landing on a control. */
const focusScene = (page: Page) => page.locator('body').click({ position: { x: 640, y: 360 } });

// The audits read the DOM, not pixels: the app is opened 'interactive'. Tests 2-7 share one MS-19
// page, each opening one more panel over what the one before left open (a page load is the slow
// part of a browser test), so they run in order.
describe('accessibility audit (axe-core): no serious or critical violation', () => {
  it('on the default view (Earth and the ISS)', async () => {
    await openApp(session, baseUrl, '', 'interactive');
    await expectNoSeriousViolations(session.page);
  });

  it('in a descent replay (MS-19), with its caption', async () => {
    await openApp(session, baseUrl, MS19, 'interactive');
    await expectNoSeriousViolations(session.page);
  });

  it('with the keyboard help open', async () => {
    await focusScene(session.page);
    await session.page.keyboard.press('?');
    const help = session.page.getByRole('dialog', { name: 'Keyboard' });
    await help.waitFor();
    await expectNoSeriousViolations(session.page);
    await session.page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('with the mission picker open, then the facts card', async () => {
    await session.page.getByTestId('missions-button').click();
    await session.page.getByTestId('mission-search').waitFor();
    await expectNoSeriousViolations(session.page);
    await session.page.getByTestId('facts-button').click();
    await session.page.getByTestId('mission-card').waitFor();
    await session.page.locator('.mission-card summary').click();
    await expectNoSeriousViolations(session.page);
  });

  it('with the descent charts open', async () => {
    // A header drop-down takes the left column and folds the charts under it: close the card.
    await session.page.getByTestId('facts-button').click();
    await session.page.getByTestId('mission-card').waitFor({ state: 'detached' });
    if ((await session.page.getByTestId('charts').count()) === 0) {
      await focusScene(session.page);
      await session.page.keyboard.press('c');
    }
    await session.page.getByTestId('charts').waitFor();
    await expectNoSeriousViolations(session.page);
  });

  it('with the what-if lab open', async () => {
    await session.page.getByTestId('what-if-button').click();
    await session.page.getByTestId('what-if').waitFor();
    await expectNoSeriousViolations(session.page);
  });

  it('in presentation mode, with its controls shown', async () => {
    // The MS-19 page of the tests above, the lab closed, into presentation mode by its key: the
    // large, high-contrast theme is what the audit is about (a present=1 link is tested in
    // presentation.test.ts).
    const page = session.page;
    await page.getByTestId('what-if-button').click();
    await page.getByTestId('what-if').waitFor({ state: 'detached' });
    await focusScene(page);
    await page.keyboard.press('p');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting')))
      .toBe(true);
    // The controls hide after 3 s without input; keep them up while axe reads them.
    await page.evaluate(() => {
      (window as unknown as { wake: number }).wake = window.setInterval(
        () => window.dispatchEvent(new PointerEvent('pointermove')),
        300,
      );
    });
    try {
      await expect
        .poll(() => page.evaluate(() => document.querySelector('main.controls-hidden') === null))
        .toBe(true);
      // They fade back in over 0.4 s: audit their contrast at full opacity.
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              [
                ...document.querySelectorAll(
                  '.hud__controls, .timeline-bar, .charts-area, .mission-header__buttons',
                ),
              ].every((el) => getComputedStyle(el).opacity === '1'),
            ),
          { timeout: 5000 },
        )
        .toBe(true);
      await expectNoSeriousViolations(page);
    } finally {
      await page.evaluate(() => clearInterval((window as unknown as { wake: number }).wake));
    }
  });
});
