import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { lazyPart } from '../../common/lazyPart';
import { eventLabel } from '../timeline/eventLabels';
import './worksheet.css';

/**
 * The events' names, handed to the chunk rather than imported by it: the module is in the first
 * load (the telemetry), and a lazy importer of its own moved it into a chunk of its own there
 * (+180 bytes gzip of a nearly spent budget).
 */
export type EventLabel = typeof eventLabel;

// The first load holds only this file and the print stylesheet (CSS, outside the JavaScript
// budget, and inert until the worksheet is in the page; a chunk's stylesheet of its own would cost
// the first load its file name): the worksheet and its charts are a chunk of their own, fetched
// when idle after ready or on the key. Once it is here, it shows the worksheet for the browser's
// own Print as well (listenForPrintMenu).
/**
 * How many prints were asked for: 0 before the worksheet is first wanted, 1 once shown for the
 * print menu, one more for each print from the keyboard. A store, so a key pressed before the app
 * has rendered is kept rather than lost.
 */
const printRequests = createStore<{ prints: number }>()(() => ({ prints: 0 }));
const setPrints = (update: (n: number) => number) =>
  printRequests.setState((s) => ({ prints: update(s.prints) }));
const sheet = lazyPart(
  () =>
    import('./Worksheet').then((m) => {
      // flushSync here, not in the chunk: a lazy importer of react-dom splits it out of the
      // first load's chunks into one of its own (+500 bytes gzip).
      m.listenForPrintMenu(() => flushSync(() => setPrints((n) => n || 1)));
      return m.Worksheet;
    }),
  { placeholder: 'none' },
);

/** Ctrl+P (app/keymap.ts): shows the worksheet and prints it once it has rendered. */
export function printWorksheet(): true {
  setPrints((n) => (n || 1) + 1);
  return true;
}

/** The worksheet, once asked for: it then stays in the page, hidden on screen. */
export function useWorksheet() {
  const prints = useStore(printRequests, (s) => s.prints);
  return prints > 0 && <sheet.Part prints={prints} label={eventLabel} />;
}
