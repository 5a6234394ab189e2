/**
 * docs/gallery.md: a 1920×1080 picture of every event (tools/gallery/moments.ts) in each of its
 * views, from the built app in headless Chromium, one browser for all. JPEG at quality 80 keeps
 * some 30 pictures to a few MB in the repository; PNG would be ten times that.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { openApp, openBrowser } from '../../tests/e2e/browser';
import { serveDist } from '../serveDist';
import { galleryMoments, type GalleryCamera } from './moments';

const VIEW_NAMES: Record<GalleryCamera, string> = {
  soyuz: 'Chase (3)',
  ground: 'Ground (5)',
  ride: 'Ride-along (4)',
  iss: 'ISS (2)',
  earth: 'Earth (1)',
};

export async function makeGallery(dir = 'docs'): Promise<void> {
  const moments = galleryMoments();
  const only = process.env.GALLERY_ONLY;
  const server = await serveDist();
  const session = await openBrowser(server.url, { width: 1920, height: 1080 });
  // The docs show the full 4K textures a GPU gets, not the software renderer's 2K.
  await session.context.addInitScript(() => localStorage.setItem('soyuz.textures', 'full'));
  mkdirSync(`${dir}/gallery`, { recursive: true });
  const lines = [
    '# Gallery: every event, as a class sees it',
    '',
    'Made by `npm run screenshot` (tools/gallery/) from the built app at 1920×1080 in headless',
    'Chromium with software WebGL (SwiftShader): a real GPU draws the same scene at full pixel',
    'ratio. Each picture is a few seconds into its event, paused (`rate=0`); the link under it',
    'opens the same moment.',
    '',
  ];
  try {
    for (const m of moments) {
      lines.push(`## ${m.title}`, '', `${m.utc}: ${m.shows}.`, '');
      for (const camera of m.cameras) {
        const file = `gallery/${m.slug}-${camera}.jpg`;
        const query = `?mission=${m.mission}&t=${m.utc}&camera=${camera}&rate=0`;
        if (!only || file.includes(only)) {
          const t0 = Date.now();
          await openApp(session, server.url, query);
          // Labels lay themselves out at most every 100 ms after a frame.
          await session.page.waitForTimeout(400);
          await session.page.screenshot({ path: `${dir}/${file}`, type: 'jpeg', quality: 80 });
          console.log(`${file} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        }
        lines.push(
          `**${VIEW_NAMES[camera]}** — \`${query}\``,
          '',
          `![${m.title}, ${VIEW_NAMES[camera]}](${file})`,
          '',
        );
      }
    }
    if (session.errors.length) throw new Error(`page errors: ${session.errors.join('; ')}`);
    if (session.foreignRequests.length)
      throw new Error(`requests to other hosts: ${session.foreignRequests.join(', ')}`);
    writeFileSync(`${dir}/gallery.md`, lines.join('\n'));
  } finally {
    await session.close();
    await server.close();
  }
}
