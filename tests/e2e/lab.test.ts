import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl);

/** The what-if landing's distance along the replay's ground track, km (+ is further on). */
async function downrangeKm(): Promise<number> {
  const el = session.page.getByTestId('what-if-distance');
  await el.waitFor();
  return Number(await el.getAttribute('data-downrange-km'));
}

/** Waits for the worker to answer a change: the result's text differs from `before`. */
async function settled(before: string | null): Promise<void> {
  await expect
    .poll(() => session.page.getByTestId('what-if-result').textContent(), { timeout: 15_000 })
    .not.toBe(before);
}

describe('what-if lab', () => {
  it('opens with W on the replay itself: the same burn lands where the replay does', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&t=2022-03-30T11:40:00Z&rate=0');
    const page = session.page;
    await page.keyboard.press('w');
    await expect.poll(() => page.getByTestId('what-if').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('what-if-distance').isVisible()).toBe(true);
    expect(Math.abs(await downrangeKm())).toBeLessThan(1);
    expect(await page.getByTestId('what-if-result').textContent()).toMatch(/Simulated in \d+ ms/);
  });

  it('a later burn moves the landing downrange; the slider works from the keyboard', async () => {
    const page = session.page;
    let before = await page.getByTestId('what-if-result').textContent();
    await page.getByTestId('what-if-ballistic').check();
    await settled(before);
    // Like with like: a ballistic what-if is measured against the replay's burn flown ballistic,
    // shown as a third column beside the guided replay.
    const onTime = await downrangeKm();
    expect(Math.abs(onTime)).toBeLessThan(1);
    expect(await page.getByTestId('what-if-baseline').textContent()).toBe('Same burn, ballistic');
    expect(await page.getByTestId('what-if-distance').textContent()).toMatch(
      /from the same burn flown ballistic/,
    );

    before = await page.getByTestId('what-if-result').textContent();
    await page.getByTestId('what-if-shift-input').fill('60');
    await settled(before);
    const later = await downrangeKm();
    // A minute later is ~460 km further along the orbit.
    expect(later - onTime).toBeGreaterThan(300);
    expect(await page.getByTestId('what-if-shift').textContent()).toMatch(/\+60 s · 10:35:00 UTC/);

    before = await page.getByTestId('what-if-result').textContent();
    await page.getByTestId('what-if-shift-input').focus();
    await page.keyboard.press('ArrowRight');
    await settled(before);
    expect(await page.getByTestId('what-if-shift').textContent()).toMatch(/\+65 s/);
    expect(await downrangeKm()).toBeGreaterThan(later);

    // Guided, 65 s late: beyond what the automatic system can steer back, and it says so.
    before = await page.getByTestId('what-if-result').textContent();
    await page.getByTestId('what-if-guided').check();
    await settled(before);
    expect(await page.getByTestId('what-if-baseline').count()).toBe(0);
    expect(await page.getByTestId('what-if-footprint').textContent()).toMatch(
      /Outside the automatic footprint/,
    );
  });

  it('predict first: the answer stays hidden until the class drops a pin and reveals it', async () => {
    const page = session.page;
    await page.getByTestId('what-if-predict').check();
    await expect.poll(() => page.getByTestId('what-if-distance').count()).toBe(0);
    expect(await page.getByTestId('what-if-pin').textContent()).toMatch(/No pins yet/);
    // A click on the globe (the middle of the view is Earth) drops team A's pin there.
    await page.mouse.click(640, 360);
    await expect
      .poll(() => page.getByTestId('what-if-pin').textContent())
      .toMatch(/A: \d+\.\d\d° [NS], \d+\.\d\d° [EW]/);
    await page.getByTestId('what-if-reveal').click();
    await expect.poll(() => page.getByTestId('what-if-distance').isVisible()).toBe(true);
    expect(await page.getByTestId('what-if-scoreboard').textContent()).toMatch(/1Team A[\d,]+ km/);
  });

  it('says what it needs on a mission without a modelled descent', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-22-launch&rate=0');
    const page = session.page;
    await page.keyboard.press('w');
    await expect
      .poll(() => page.getByTestId('what-if').textContent())
      .toMatch(/pick a landing replay/);
  });
});
