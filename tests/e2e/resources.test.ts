import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

/**
 * Opens a mission through the picker, as a person would, and waits until it has been drawn and
 * the camera has arrived (counting frames from before the click: on a quick machine the switch's
 * frames can all be over by the time the mission shows in the state).
 */
async function pick(id: string): Promise<void> {
  const page = session.page;
  const before = (await getState(page)).frames;
  await page.getByTestId('missions-button').click();
  await page.locator(`[data-mission="${id}"]`).click();
  await expect
    .poll(
      async () => {
        const s = await getState(page);
        return s.mission === id && s.frames > before && !s.cameraFlying;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The counts are read live; what an unmounted mission gives back goes in an idle callback. */
const gpu = async () => (await getState(session.page)).gpu;

describe('GPU resources across mission switches', () => {
  it('are given back: after a round of missions, geometries and textures are as they were', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&rate=0');
    const page = session.page;
    // Once to settle what the first visit creates lazily (labels, canopies, the plasma sheath, and
    // the close-up globe and fine borders of the launch's opening view over Baikonur).
    for (const id of [
      'soyuz-tma-11-ballistic-landing',
      'soyuz-ms-22-launch',
      'soyuz-ms-19-landing',
    ])
      await pick(id);
    // Settled first: the last mission's leftovers are given back in an idle callback.
    await page.waitForTimeout(2_000);
    const before = await gpu();
    expect(before.geometries).toBeGreaterThan(10);
    expect(before.textures).toBeGreaterThan(2);
    for (const id of [
      'soyuz-tma-18m-landing',
      'soyuz-ms-22-launch',
      'soyuz-tma-11-ballistic-landing',
      'soyuz-ms-24-landing',
      'soyuz-tma-16m-landing',
      'soyuz-ms-19-landing',
    ])
      await pick(id);
    await expect
      .poll(async () => (await gpu()).geometries, { timeout: 10_000 })
      .toBe(before.geometries);
    await expect
      .poll(async () => (await gpu()).textures, { timeout: 10_000 })
      .toBe(before.textures);
  });
});
