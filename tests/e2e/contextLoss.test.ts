import { describe, expect, inject, it } from 'vitest';
import { getState, openApp } from './browser';
import { canvasLitShare } from './pixels';
import { sharedSession } from './sharedSession';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl);

const litShare = () => canvasLitShare(session.page);

describe('WebGL context loss', () => {
  it('the scene comes back by itself, with the clock, mission and camera as they were', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T11:09:00Z&rate=0&camera=iss',
    );
    const page = session.page;
    const before = await getState(page);
    const litBefore = await litShare();
    expect(litBefore).toBeGreaterThan(0.05);

    // Lose the context as a GPU reset would, and let the browser give it back.
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')!.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      ext.loseContext();
      setTimeout(() => ext.restoreContext(), 200);
    });
    await expect
      .poll(async () => (await getState(page)).frames, { timeout: 10_000, interval: 100 })
      .toBeGreaterThan(before.frames);
    await expect.poll(litShare, { timeout: 10_000 }).toBeGreaterThan(litBefore * 0.8);
    // How long it takes is measured by `npm run bench -- restore`, not asserted here.
    const after = await getState(page);
    expect(before.texturesFull).toBe(true);
    // It comes back on the small textures (a quick first frame), then the full ones follow again.
    await expect
      .poll(async () => (await getState(page)).texturesFull, { timeout: 60_000, interval: 250 })
      .toBe(true);
    expect(after.mission).toBe(before.mission);
    expect(after.utcMs).toBe(before.utcMs);
    expect(after.camera).toBe(before.camera);
    // The notice said what happened; it is not an error the session should fail on.
    const i = session.errors.findIndex((e) => /context/i.test(e));
    if (i >= 0) session.errors.splice(i, 1);
  });
});
