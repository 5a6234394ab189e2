import { Fragment } from 'react';
import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { lazyPart } from '../../common/lazyPart';
import { loadMissionDetails } from '../../data/catalogueDetails';
import { MissionPicker } from './MissionPicker';
import type { HeaderTool } from './MissionHeader';
import { headerPanel, useHeaderPanel } from './headerPanel';

/**
 * The facts card is a chunk of its own, and it shows the catalogue's sources and notes, which the
 * first load leaves out (src/data/catalogueCore.ts): both arrive before it renders, fetched when
 * it first opens or when idle after ready.
 */
const card = lazyPart(
  () => Promise.all([import('./MissionCard'), loadMissionDetails()]).then(([m]) => m.MissionCard),
  { placeholder: 'panel' },
);
const MissionCard = card.Part;

interface Props {
  tools?: readonly HeaderTool[];
}

/** The header's drop-downs (picker, facts card, tools), in whichever column the layout gives them. */
export function HeaderPanels({ tools = [] }: Props) {
  const { mission } = useCurrentReplay();
  const open = useHeaderPanel();
  const close = headerPanel.getState().close;
  return (
    <>
      {open === 'picker' && <MissionPicker onClose={close} />}
      {tools.map(
        (tool) => open === tool.id && <Fragment key={tool.id}>{tool.render(close)}</Fragment>,
      )}
      {open === 'card' && mission && <MissionCard mission={mission} onClose={close} />}
    </>
  );
}
