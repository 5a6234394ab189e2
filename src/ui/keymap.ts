import type { ClockStore } from '../timeline/clockStore';
import { stepRate } from '../timeline/rates';
import { presentation } from './presentation';
import { presenterStep } from './presenterNavigation';

export interface KeyBinding {
  keys: string;
  what: string;
}

/** The keyboard map, shown by the Help panel and the README. */
export const KEYMAP: readonly KeyBinding[] = [
  { keys: 'Space', what: 'Play / pause' },
  { keys: '← / →', what: 'Step 10 s back / forward (Shift: 1 min)' },
  { keys: '] / [', what: 'Next / previous event' },
  { keys: 'PageDown / PageUp', what: 'Next / previous event, playing into it (presenter clicker)' },
  { keys: 'Home / End', what: 'Start / end of the replay' },
  { keys: '+ / −', what: 'Faster / slower (through reverse)' },
  { keys: 'R', what: 'Reverse direction' },
  { keys: 'S', what: 'Smart rate on / off (fast between events, real time at them)' },
  {
    keys: '1 – 5',
    what: 'Camera: Earth / follow ISS / chase Soyuz / ride along / from the ground',
  },
  { keys: 'C', what: 'Show or hide the descent charts' },
  { keys: 'P', what: 'Presentation mode: fullscreen, large type, controls hide when idle' },
  { keys: 'B / .', what: 'Blank the screen, and back' },
  { keys: '?', what: 'Show or hide this help' },
  { keys: 'Esc', what: 'Close help' },
];

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
    case 'p':
    case 'P':
      presentation.getState().setPresenting(!presentation.getState().presenting);
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
