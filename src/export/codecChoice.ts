/**
 * Which codec and container a video is written in: MP4 with H.264 where the browser can encode
 * it (plays everywhere, slides into any editor), else WebM with VP9 (Chromium builds without the
 * proprietary codecs). Where there is no WebCodecs at all, nothing: the caller says so plainly.
 */

export type VideoCodecName = 'avc' | 'vp9';

export interface CodecChoice {
  codec: VideoCodecName;
  container: 'mp4' | 'webm';
  mime: string;
  extension: string;
}

export const CHOICES: readonly CodecChoice[] = [
  { codec: 'avc', container: 'mp4', mime: 'video/mp4', extension: 'mp4' },
  { codec: 'vp9', container: 'webm', mime: 'video/webm', extension: 'webm' },
];

/** Why there is no codec: no WebCodecs encoder at all, or none of ours at this size. */
export type NoCodec = 'noWebCodecs' | 'noCodec';

/** Asks the browser (VideoEncoder.isConfigSupported, through mediabunny's canEncodeVideo). */
export type CanEncode = (codec: VideoCodecName) => Promise<boolean>;

/** The first codec the browser can encode, in order of preference. */
export async function chooseCodec(
  hasVideoEncoder: boolean,
  canEncode: CanEncode,
): Promise<CodecChoice | NoCodec> {
  if (!hasVideoEncoder) return 'noWebCodecs';
  for (const choice of CHOICES) {
    // A check that throws (an odd config, a browser bug) counts as "no", not as a failed export.
    if (await canEncode(choice.codec).catch(() => false)) return choice;
  }
  return 'noCodec';
}

/** This browser's answer: mediabunny builds the full codec string for the size and rate. */
export async function browserCodec(
  width: number,
  height: number,
  fps: number,
): Promise<CodecChoice | NoCodec> {
  const has = typeof globalThis.VideoEncoder === 'function' && typeof VideoFrame === 'function';
  if (!has) return 'noWebCodecs';
  const { canEncodeVideo } = await import('./codecProbe');
  return chooseCodec(has, (codec) =>
    canEncodeVideo(codec, {
      width,
      height,
      frameRate: fps,
      bitrate: bitrateFor(width, height, fps),
    }),
  );
}

/**
 * Bits per second: about 0.1 bit per pixel per frame at 30 fps, a little less per frame at 60,
 * enough that the fine coastline and the star field survive (12 Mbit/s at 1080p30).
 */
export function bitrateFor(width: number, height: number, fps = 30): number {
  return Math.round(width * height * 6 * Math.sqrt(fps / 30));
}
