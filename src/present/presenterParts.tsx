import { lazyPart } from '../common/lazyPart';

/** The presenter's desk is a chunk of its own: only the laptop's window of a presenter's view shows it. */
const desk = lazyPart(() => import('./PresenterDesk').then((m) => m.PresenterDesk), {
  preloadWhenIdle: false,
});

export const PresenterDeskPart = desk.Part;
