import {
  BufferTarget,
  Mp4OutputFormat,
  Output,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
} from 'mediabunny';
import { bitrateFor, type CodecChoice } from './codecChoice';
import { frameDurationUs, frameTimestampUs } from './frameSchedule';

export interface VideoWriter {
  /** Encodes the canvas as frame i; resolves when the encoder can take the next (backpressure). */
  add(canvas: HTMLCanvasElement | OffscreenCanvas, i: number): Promise<void>;
  /** Flushes the encoder and writes the container; the file's bytes. */
  finish(): Promise<Uint8Array>;
  cancel(): Promise<void>;
}

/**
 * WebCodecs encodes, mediabunny muxes. Each frame carries its exact timestamp and duration (frame
 * index / fps), and the track is told its frame rate, so the file's duration is frames / fps to
 * the tick however long a frame took to draw.
 */
export async function openVideoWriter(
  choice: CodecChoice,
  width: number,
  height: number,
  fps: number,
): Promise<VideoWriter> {
  const target = new BufferTarget();
  const output = new Output({
    // The index up front, so a browser can start playing the file before it has all of it.
    format:
      choice.container === 'mp4'
        ? new Mp4OutputFormat({ fastStart: 'in-memory' })
        : new WebMOutputFormat(),
    target,
  });
  const source = new VideoSampleSource({
    codec: choice.codec,
    bitrate: bitrateFor(width, height, fps),
    // A key frame each second: a seek in an editor or a player lands quickly.
    keyFrameInterval: 1,
  });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  return {
    async add(canvas, i) {
      const frame = new VideoFrame(canvas, {
        timestamp: frameTimestampUs(i, fps),
        duration: frameDurationUs(i, fps),
        // The compositing canvas is opaque; say so, or some encoders keep an alpha plane.
        alpha: 'discard',
      });
      const sample = new VideoSample(frame);
      try {
        await source.add(sample);
      } finally {
        sample.close();
      }
    },
    async finish() {
      source.close();
      await output.finalize();
      return new Uint8Array(target.buffer!);
    },
    cancel: () => output.cancel(),
  };
}
