import { describe, expect, it } from 'vitest';
import { estimateLeftMs } from '../../../src/export/exportProgress';
import { videoFileName } from '../../../src/export/videoJob';

describe('estimateLeftMs', () => {
  it('waits for a few timed frames, then goes by the mean pace since the first', () => {
    expect(estimateLeftMs(0, 500, 2, 100)).toBeNull();
    // 10 frames after the first took 2 s: 0.2 s each, 89 to go.
    expect(estimateLeftMs(1000, 3000, 11, 100)).toBeCloseTo(89 * 200, 6);
    expect(estimateLeftMs(1000, 3000, 100, 100)).toBe(0);
  });
});

describe('videoFileName', () => {
  it('names the file after the mission, safe for any file system', () => {
    expect(videoFileName('soyuz-ms-19-landing', 'mp4')).toBe('soyuz-ms-19-landing.mp4');
    expect(videoFileName('my/mission:1', 'webm')).toBe('my-mission-1.webm');
    expect(videoFileName('///', 'mp4')).toBe('soyuz-replay.mp4');
  });
});
