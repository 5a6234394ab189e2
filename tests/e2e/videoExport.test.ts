import { describe, expect, inject, it } from 'vitest';
import { getState, openApp, SMALL_VIEWPORT } from './browser';
import { sharedSession } from './sharedSession';
import { findBox, videoTrackFacts } from './mp4Boxes';

const baseUrl = inject('baseUrl');
const session = sharedSession(baseUrl, SMALL_VIEWPORT);

const FPS = 30;
/**
 * The clip's length: long enough for two frames 1.5 s apart to differ (the modules part at 0.5 s),
 * short because each frame costs ~0.25 s of a worker on software WebGL (the speed is the
 * benchmark's: `npm run bench -- video`).
 */
const SECONDS = 2;

/** Two frames decoded by the browser's own player from the file, 1.5 s apart, as statistics. */
async function decodedFrames(b64: string, mime: string) {
  // A blank page of its own: the app's policy allows no media from blob: URLs, and the check
  // needs none of the app.
  const page = await session.context.newPage();
  try {
    return await page.evaluate(
      async ({ b64, mime }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const video = document.createElement('video');
        video.muted = true;
        video.src = URL.createObjectURL(new Blob([bytes], { type: mime }));
        await new Promise((resolve, reject) => {
          video.onloadeddata = resolve;
          video.onerror = () => reject(new Error(`cannot play: ${video.error?.message ?? '?'}`));
        });
        const canvas = document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        // In the page, so the player presents its frames (a detached one need not).
        video.style.width = '160px';
        document.body.append(video);
        // 'seeked' can come before the player shows the new frame (under load, a draw then
        // copied the frame before it: two "different" frames were one): wait for the frame at
        // that time to be presented as well, asked for before the seek so it cannot be missed.
        const grab = async (t: number) => {
          const presented = new Promise<void>((resolve) => {
            const check = (_now: number, meta: { mediaTime: number }) => {
              if (Math.abs(meta.mediaTime - t) < 0.05) resolve();
              else video.requestVideoFrameCallback(check);
            };
            video.requestVideoFrameCallback(check);
            setTimeout(resolve, 10_000);
          });
          const seeked = new Promise((resolve) => (video.onseeked = resolve));
          video.currentTime = t;
          await Promise.all([seeked, presented]);
          ctx.drawImage(video, 0, 0);
          return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const a = await grab(0.3);
        const b = await grab(1.8);
        let lit = 0;
        let sum = 0;
        let sumSq = 0;
        let diff = 0;
        const n = a.length / 4;
        for (let i = 0; i < a.length; i += 4) {
          const y = (a[i]! + a[i + 1]! + a[i + 2]!) / 3;
          if (y > 24) lit++;
          sum += y;
          sumSq += y * y;
          diff +=
            Math.abs(a[i]! - b[i]!) +
            Math.abs(a[i + 1]! - b[i + 1]!) +
            Math.abs(a[i + 2]! - b[i + 2]!);
        }
        const mean = sum / n;
        return {
          width: canvas.width,
          height: canvas.height,
          duration: video.duration,
          litShare: lit / n,
          stdDev: Math.sqrt(sumSq / n - mean * mean),
          meanDiff: diff / (3 * n),
        };
      },
      { b64, mime },
    );
  } finally {
    await page.close();
  }
}

describe('video export', () => {
  it('exports a 2 s 1280×720 clip: MP4, H.264, 60 frames, frames that move', async () => {
    await openApp(
      session,
      baseUrl,
      '?mission=soyuz-ms-19-landing&t=2022-03-30T11:10:00Z&rate=0&camera=soyuz',
      'interactive',
    );
    const page = session.page;
    // What this Chromium can encode, asked as the issue says: on a page served from localhost.
    const h264 = await page.evaluate(async () => {
      const r = await VideoEncoder.isConfigSupported({
        codec: 'avc1.42001f',
        width: 1280,
        height: 720,
      });
      return r.supported === true;
    });
    expect(h264).toBe(true);
    const before = await getState(page);
    const sep = before.events.find((e) => e.type === 'module_separation')!;
    const from = sep.utcMs - 500;
    const started = Date.now();
    const out = await page.evaluate(
      async ({ from, fps, seconds }) => {
        const r = await window.soyuzReplay!.exportVideo({
          from,
          to: new Date(from + seconds * 1000).toISOString(),
          width: 1280,
          height: 720,
          fps,
        });
        let s = '';
        for (let i = 0; i < r.bytes.length; i += 0x8000)
          s += String.fromCharCode(...r.bytes.subarray(i, i + 0x8000));
        return { mime: r.mime, b64: btoa(s), isU8: r.bytes instanceof Uint8Array };
      },
      { from, fps: FPS, seconds: SECONDS },
    );
    console.log(
      `video export: ${SECONDS} s of 1280x720 video in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(out.isU8).toBe(true);
    expect(out.mime).toBe('video/mp4');
    const file = Buffer.from(out.b64, 'base64');

    // The container's signature, and H.264 in the sample description.
    expect(file.toString('latin1', 4, 8)).toBe('ftyp');
    const track = videoTrackFacts(file);
    expect(track.codec).toBe('avc1');
    expect(findBox(file, ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsd'])!.includes('avcC')).toBe(
      true,
    );
    // 2 s at 30 fps: 60 frames, and a duration within one frame of 2 s.
    expect(track.samples).toBe(SECONDS * FPS);
    expect(Math.abs(track.duration / track.timescale - SECONDS)).toBeLessThanOrEqual(1 / FPS);

    // Decoded by the browser: the right size, not blank, and 1.5 s later a different picture.
    const frames = await decodedFrames(out.b64, out.mime);
    console.log(`video export: decoded frames ${JSON.stringify(frames)}`);
    expect(frames.width).toBe(1280);
    expect(frames.height).toBe(720);
    expect(Math.abs(frames.duration - SECONDS)).toBeLessThanOrEqual(1 / FPS);
    expect(frames.litShare).toBeGreaterThan(0.02);
    expect(frames.stdDev).toBeGreaterThan(10);
    expect(frames.meanDiff).toBeGreaterThan(0.5);

    // The app is as it was: same instant, camera, paused; the export's frame gone.
    const after = await getState(page);
    expect(after.utcMs).toBe(before.utcMs);
    expect(after.camera).toBe(before.camera);
    expect(after.playing).toBe(false);
    expect(await page.locator('iframe').count()).toBe(0);
  });

  it('the panel starts an export, shows its progress, and Cancel leaves the app as it was', async () => {
    const page = session.page;
    const before = await getState(page);
    await page.getByTestId('video-button').click();
    await page.getByTestId('video-size').selectOption({ label: '1280 × 720' });
    await page.getByTestId('video-span-between').check();
    await page.getByTestId('video-export').click();
    await expect.poll(() => page.getByTestId('video-progress').count()).toBe(1);
    await expect.poll(() => page.locator('iframe[data-testid="export-frame"]').count()).toBe(1);
    await page.getByTestId('video-cancel').click();
    await expect.poll(() => page.locator('iframe').count()).toBe(0);
    expect(await page.getByTestId('video-progress').count()).toBe(0);
    expect(await page.getByTestId('video-error').count()).toBe(0);
    expect(await page.getByTestId('video-export').isEnabled()).toBe(true);
    const after = await getState(page);
    expect(after.utcMs).toBe(before.utcMs);
    expect(after.camera).toBe(before.camera);
  });

  it('refuses a span outside the replay, in words', async () => {
    const message = await session.page.evaluate(() =>
      window
        .soyuzReplay!.exportVideo({ from: '2000-01-01T00:00:00Z', to: '2000-01-01T00:00:03Z' })
        .then(
          () => 'resolved',
          (e: Error) => e.message,
        ),
    );
    expect(message).toMatch(/within this replay/);
  });
});
