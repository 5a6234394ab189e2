import { useEffect, useState } from 'react';
import { t, useLang } from '../../i18n';
import { useClockStore } from '../../clock/ClockContext';
import { loadMissionFile } from './loadMissionFile';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Drop a mission file anywhere on the page to load it. While a file is dragged over the page a
 * banner says what dropping does; other drags (text, links) are left alone.
 */
export function MissionFileDrop() {
  useLang();
  const clock = useClockStore();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; count them to know when the drag
    // has left the window.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setOver(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file itself, leaving the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void loadMissionFile(file, clock);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [clock]);
  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <p className="panel">{t('missionFile.dropHere')}</p>
    </div>
  );
}
