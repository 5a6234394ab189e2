import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '../../../../src/clock/events';
import { captionEvent } from '../../../../src/ui/captions/Captions';

const at = (type: string, utcMs: number): ClockEvent => ({
  type,
  utcMs,
  modelledMs: utcMs,
  reported: null,
});

describe('captionEvent', () => {
  const events = [
    at('main_chute', 0),
    at('soft_landing_engines', 600_000),
    at('touchdown', 600_184),
  ];

  it('shows an event from a quarter second before it (a seek may land a hair early)', () => {
    expect(captionEvent(events, -200)?.type).toBe('main_chute');
    expect(captionEvent(events, -300)).toBeNull();
  });

  it('gives each of two events 184 ms apart its own caption', () => {
    // The clock stopped at the landing engines: touchdown is 184 ms ahead and not yet shown.
    expect(captionEvent(events, 600_000)?.type).toBe('soft_landing_engines');
    expect(captionEvent(events, 600_100)?.type).toBe('touchdown');
    expect(captionEvent(events, 600_184)?.type).toBe('touchdown');
  });

  it('holds a caption three minutes, then clears it', () => {
    expect(captionEvent(events, 170_000)?.type).toBe('main_chute');
    expect(captionEvent(events, 190_000)).toBeNull();
  });
});
