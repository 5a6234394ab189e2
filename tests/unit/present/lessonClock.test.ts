import { describe, expect, it } from 'vitest';
import {
  lessonElapsedMs,
  restartLessonClock,
  startLessonClock,
} from '../../../src/present/lessonClock';

describe('the lesson clock', () => {
  it('counts from the start, keeps going on a second start, and restarts from zero', () => {
    restartLessonClock(1_000_000);
    expect(lessonElapsedMs(1_065_000)).toBe(65_000);
    // A reload starts it again: it keeps its time.
    startLessonClock(1_100_000);
    expect(lessonElapsedMs(1_100_000)).toBe(100_000);
    restartLessonClock(1_200_000);
    expect(lessonElapsedMs(1_200_500)).toBe(500);
  });
});
