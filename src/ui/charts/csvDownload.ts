/**
 * The charts panel's "Download data (CSV)": the current descent's trajectory and events as two
 * files. Fetched as a chunk of its own on the first click, so the first load carries none of it.
 */
import { eventsCsv, trajectoryCsv } from '../../physics/descent/csv';
import type { DescentResult } from '../../physics/descent';

export interface CsvFile {
  name: string;
  text: string;
}

/**
 * A mission id as a file name: a loaded mission file may give any id, and a slash or a colon in it
 * would be dropped or refused by the browser's save.
 */
function fileStem(missionId: string): string {
  const stem = missionId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return stem || 'descent';
}

/** The two files, named for the mission: `<id>-trajectory.csv` and `<id>-events.csv`. */
export function descentCsvFiles(missionId: string, descent: DescentResult): CsvFile[] {
  const stem = fileStem(missionId);
  return [
    { name: `${stem}-trajectory.csv`, text: trajectoryCsv(descent) },
    { name: `${stem}-events.csv`, text: eventsCsv(descent) },
  ];
}

/** Hand each file to the browser's download, as an object URL on a link clicked from code. */
export function saveFiles(files: readonly CsvFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked at once, the download may not have read the blob yet.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export function downloadDescentCsv(missionId: string, descent: DescentResult): void {
  saveFiles(descentCsvFiles(missionId, descent));
}
