import { useId, useRef } from 'react';
import { t, useLang } from '../../i18n';
import { useClockStore } from '../../clock/ClockContext';
import { loadMissionFile } from './loadMissionFile';

/**
 * A button that opens the system's file chooser for a mission JSON file. The file input itself
 * is hidden (it cannot be styled), so the button is what the keyboard reaches.
 */
export function MissionFileButton({ onLoaded }: { onLoaded: () => void }) {
  useLang();
  const clock = useClockStore();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="mission-file">
      <button
        type="button"
        onClick={() => input.current?.click()}
        title={t('missionFile.chooseTitle')}
        aria-describedby={`${id}-hint`}
        data-testid="mission-file-button"
      >
        {t('missionFile.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) is a change too.
          e.target.value = '';
          if (file) void loadMissionFile(file, clock).then((ok) => ok && onLoaded());
        }}
        data-testid="mission-file-input"
      />
      <p id={`${id}-hint`} className="small">
        {t('missionFile.hint')}
      </p>
    </div>
  );
}
