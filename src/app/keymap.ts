/** Page-wide keyboard shortcuts: what each key does to the clock, the lab and presentation mode (the table Help shows is ui/controls/keyBindings.ts). */
import type { ClockStore } from '../clock/clockStore';
import { stepRate } from '../clock/rates';
import { lab } from '../lab/labStore';
import { presentation } from '../ui/presentation/presentation';
import { presenterStep } from '../ui/presentation/presenterNavigation';
import { notes } from '../ui/notes/notesStore';
import { printWorksheet } from '../ui/worksheet/worksheetPart';
import { togglePresenterView } from './presenterView';

/** True when a key press belongs to a form control and must not trigger a shortcut. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/** Page-wide shortcuts. Returns true when the key was used. */
export function handleShortcut(
  e: KeyboardEvent,
  clock: ClockStore,
  toggleHelp: (open?: boolean) => void,
): boolean {
  // Ctrl+P (Cmd+P) prints the worksheet, not the 3D page, even from a text box. The key's place,
  // not its letter: on a Russian or Kazakh layout the P key types "з".
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyP') return printWorksheet();
  if (e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return false;
  const s = clock.getState();
  const step = e.shiftKey ? 60_000 : 10_000;
  switch (e.key) {
    case ' ':
      // A focused button would also "click" on Space; let it, rather than toggling twice.
      if (e.target instanceof HTMLButtonElement) return false;
      s.togglePlay();
      return true;
    case 'ArrowLeft':
      s.step(-step);
      return true;
    case 'ArrowRight':
      s.step(step);
      return true;
    case ']':
      s.jumpToEvent(1);
      return true;
    case 'PageDown':
      presenterStep(clock, 1);
      return true;
    case 'PageUp':
      presenterStep(clock, -1);
      return true;
    case 'w':
    case 'W':
      lab.getState().setOpen(!lab.getState().open);
      return true;
    case 'p':
    case 'P':
      presentation.getState().setPresenting(!presentation.getState().presenting);
      return true;
    case 'v':
    case 'V':
      togglePresenterView(clock);
      return true;
    case 'n':
    case 'N':
      notes.getState().toggle();
      return true;
    case 'a':
    case 'A':
      s.setAutoPause(!s.autoPause);
      return true;
    case 'b':
    case 'B':
    case '.':
      presentation.getState().toggleBlank();
      return true;
    case '[':
      s.jumpToEvent(-1);
      return true;
    case 'Home':
      s.seek(s.range.startMs);
      return true;
    case 'End':
      s.seek(s.range.endMs);
      return true;
    case '+':
    case '=':
      s.setRate(stepRate(s.rate, 1));
      return true;
    case '-':
    case '_':
      s.setRate(stepRate(s.rate, -1));
      return true;
    case 'r':
    case 'R':
      s.setRate(-s.rate);
      return true;
    case 's':
    case 'S':
      s.setSmart(!s.smart);
      return true;
    case '1':
      s.setCamera('earth');
      return true;
    case '2':
      s.setCamera('iss');
      return true;
    case '3':
      s.setCamera('soyuz');
      return true;
    case '4':
      s.setCamera('ride');
      return true;
    case '5':
      s.setCamera('ground');
      return true;
    case '?':
      toggleHelp();
      return true;
    case 'Escape':
      toggleHelp(false);
      return true;
    default:
      return false;
  }
}
