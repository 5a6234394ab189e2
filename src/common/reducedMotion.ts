import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Where the in-app choice is kept between visits: 'on', 'off', or nothing (follow the system). */
export const REDUCED_MOTION_KEY = 'soyuz-replay.reduced-motion';
const QUERY = '(prefers-reduced-motion: reduce)';

/** The operating system's reduced-motion preference. */
export function systemPrefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(QUERY).matches
  );
}

function savedChoice(): boolean | null {
  try {
    const v = window.localStorage.getItem(REDUCED_MOTION_KEY);
    return v === 'on' ? true : v === 'off' ? false : null;
  } catch {
    // No window (Node) or storage refused (private mode, file://): follow the system.
    return null;
  }
}

interface MotionState {
  /** The person's choice in the app, or null until they make one. */
  chosen: boolean | null;
  /** The system preference, kept current while the app runs. */
  system: boolean;
  setReduced(on: boolean): void;
}

export const motion = createStore<MotionState>()((set) => ({
  chosen: savedChoice(),
  system: systemPrefersReducedMotion(),
  setReduced: (on) => {
    try {
      window.localStorage.setItem(REDUCED_MOTION_KEY, on ? 'on' : 'off');
    } catch {
      // Unsaved, it still holds for this visit.
    }
    set({ chosen: on });
  },
}));

const effective = (s: MotionState) => s.chosen ?? s.system;

/**
 * Whether to cut rather than fly between views and to show and hide without fading: the
 * in-app setting where the person has made one, else the operating system's preference.
 */
export function prefersReducedMotion(): boolean {
  const s = motion.getState();
  return s.chosen ?? systemPrefersReducedMotion();
}

export function useReducedMotion(): boolean {
  return useStore(motion, effective);
}

/**
 * Keeps the system preference current and puts `reduce-motion` on the root element while motion
 * is reduced, so the style sheet drops its transitions.
 */
export function useReducedMotionRoot(): void {
  const reduced = useReducedMotion();
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(QUERY);
    const onChange = () => motion.setState({ system: query.matches });
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('reduce-motion', reduced);
  }, [reduced]);
}
