import { useEffect, useState } from 'react';

/** Controls hide after this long without any input while presenting. */
export const IDLE_HIDE_MS = 3000;

const INPUTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * True once there has been no input for IDLE_HIDE_MS while `active`; any input brings the
 * controls back at once and starts the wait again.
 */
export function useIdleHide(active: boolean): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (!active) {
      setHidden(false);
      return;
    }
    let timer = window.setTimeout(() => setHidden(true), IDLE_HIDE_MS);
    const wake = () => {
      setHidden(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setHidden(true), IDLE_HIDE_MS);
    };
    for (const type of INPUTS) window.addEventListener(type, wake, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUTS) window.removeEventListener(type, wake);
    };
  }, [active]);
  return hidden;
}
