import { currentLang, missionName, t } from '../i18n';
import { formatUtcTime } from '../i18n/format';
import type { ClockState } from '../clock/clockStore';
import { currentReplay } from '../replay/currentReplay';
import { captionEvent } from '../ui/captions/Captions';
import { eventCaption, type Caption } from '../ui/captions/eventCaptions';
import { telemetryText } from '../ui/telemetry/telemetryFields';

/** The words burned into one video frame, in the current language. */
export interface OverlayText {
  /** The mission's name, as the header shows it. */
  title: string;
  /** The event caption up at this instant, exactly as the app's Captions shows it; or none. */
  caption: Caption | null;
  /** "10:21:33 UTC" and, where the replay has a craft in view, its altitude and speed. */
  readout: readonly { label: string; value: string }[];
}

/**
 * The same functions the HUD uses (captions, telemetry), so the video says what the app says
 * at that instant, and a change to either shows in both.
 */
export function overlayText(c: Pick<ClockState, 'utcMs' | 'missionId' | 'events'>): OverlayText {
  const { mission, replay } = currentReplay(c.missionId);
  const event = captionEvent(c.events, c.utcMs);
  const caption = event ? eventCaption(event.type, replay?.descent ?? null) : null;
  const fields = telemetryText(c).fields;
  const readout = [{ label: t('telemetry.utc'), value: formatUtcTime(c.utcMs) }];
  if (fields.alt) readout.push({ label: t('telemetry.alt'), value: fields.alt });
  if (fields.speed) readout.push({ label: t('telemetry.speed'), value: fields.speed });
  return {
    title: mission ? missionName(mission.mission, currentLang()) : '',
    caption,
    readout,
  };
}
