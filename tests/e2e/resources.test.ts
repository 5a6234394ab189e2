import { describe, expect, inject, it } from 'vitest';
import { getState, openApp } from './browser';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl);

/** Opens a mission through the picker, as a person would, and waits for it to be drawn. */
async function pick(id: string): Promise<void> {
  const page = session.page;
  await page.getByTestId('missions-button').click();
  await page.locator(`[data-mission="${id}"]`).click();
  await expect.poll(async () => (await getState(page)).mission, { timeout: 15_000 }).toBe(id);
  const drawn = (await getState(page)).frames;
  await expect
    .poll(async () => (await getState(page)).frames, { timeout: 15_000 })
    .toBeGreaterThan(drawn + 1);
}

describe('GPU resources across mission switches', () => {
  it('are given back: after a round of missions, geometries and textures are as they were', async () => {
    await openApp(session, baseUrl, '?mission=soyuz-ms-19-landing&rate=0');
    const page = session.page;
    // Once to settle what the first visit creates lazily (labels, canopies, the plasma sheath).
    for (const id of ['soyuz-tma-11-ballistic-landing', 'soyuz-ms-19-landing']) await pick(id);
    const before = (await getState(page)).gpu;
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
    const after = (await getState(page)).gpu;
    expect(after.geometries).toBe(before.geometries);
    expect(after.textures).toBe(before.textures);
  });
});
