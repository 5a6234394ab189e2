import { describe, expect, it } from 'vitest';
import { bitrateFor, chooseCodec } from '../../../src/export/codecChoice';

describe('chooseCodec', () => {
  it('prefers MP4 with H.264 where the browser encodes it', async () => {
    const choice = await chooseCodec(true, async () => true);
    expect(choice).toMatchObject({ codec: 'avc', container: 'mp4', mime: 'video/mp4' });
  });

  it('falls back to WebM with VP9 where H.264 is unavailable', async () => {
    const asked: string[] = [];
    const choice = await chooseCodec(true, async (codec) => {
      asked.push(codec);
      return codec === 'vp9';
    });
    expect(asked).toEqual(['avc', 'vp9']);
    expect(choice).toMatchObject({ codec: 'vp9', container: 'webm', mime: 'video/webm' });
  });

  it('counts a check that throws as a no', async () => {
    const choice = await chooseCodec(true, async (codec) => {
      if (codec === 'avc') throw new Error('odd config');
      return true;
    });
    expect(choice).toMatchObject({ codec: 'vp9' });
  });

  it('says so where there is no WebCodecs, or no codec at this size', async () => {
    expect(await chooseCodec(false, async () => true)).toBe('noWebCodecs');
    expect(await chooseCodec(true, async () => false)).toBe('noCodec');
  });

  it('asks for about 12 Mbit/s at 1080p30 and less at 720p', () => {
    expect(bitrateFor(1920, 1080, 30)).toBeCloseTo(12.4e6, -5);
    expect(bitrateFor(1280, 720, 30)).toBeLessThan(bitrateFor(1920, 1080, 30));
    expect(bitrateFor(1920, 1080, 60)).toBeGreaterThan(bitrateFor(1920, 1080, 30));
  });
});
