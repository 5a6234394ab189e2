import { useState } from 'react';
import { lazyPart } from '../../common/lazyPart';
import { loadMissionDetails } from '../../data/catalogueDetails';
import { browserStorage, openedSearch, shouldWelcome } from './shouldWelcome';
import './welcome.css';

/**
 * The dialog is a chunk of its own, fetched only where it greets (a first visit with no link): at
 * once then, and never on a return or a link, so it is not preloaded when idle either.
 */
const dialog = lazyPart(
  // The year-long stay's days and crew come from the catalogue's notes, which the first load
  // leaves out (src/data/catalogueCore.ts).
  () =>
    Promise.all([import('./WelcomeDialog'), loadMissionDetails()]).then(([m]) => m.WelcomeDialog),
  {
    placeholder: 'modal',
    preloadWhenIdle: false,
  },
);

/**
 * The first screen of a first visit with no link: what this is, three ways in, and "just
 * explore". Shown once per browser; a link skips it. A modal dialog: focus moves in and comes
 * back, Tab stays inside, Escape or a click outside closes it.
 */
export function Welcome() {
  const [open, setOpen] = useState(() => shouldWelcome(openedSearch(), browserStorage()));
  return open ? <dialog.Part onClose={() => setOpen(false)} /> : null;
}
