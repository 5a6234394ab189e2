import { useState } from 'react';
import { lazyPart } from '../common/lazyPart';
import { useLab } from './labStore';

/**
 * The what-if lab in a chunk of its own, mounted the first time it is opened (W or the button)
 * and kept mounted after: its panel and scene layer draw nothing while it is closed, and the panel
 * is what takes the page's `lab-open` mark off again.
 */
const panel = lazyPart(() => import('./WhatIfPanel').then((m) => m.WhatIfPanel));
const layer = lazyPart(() => import('./LabLayer').then((m) => m.LabLayer), { placeholder: 'none' });

/** Whether the lab has been opened in this page: once it has, its parts stay. */
function useOpenedOnce(): boolean {
  const open = useLab((s) => s.open);
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return open || opened;
}

export function LabPanel() {
  return useOpenedOnce() ? <panel.Part /> : null;
}

/** The class's descent and the teams' pins; a child of <Earth>. */
export function LabSceneLayer() {
  return useOpenedOnce() ? <layer.Part /> : null;
}
