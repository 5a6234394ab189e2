import { Fragment } from 'react';
import { useCurrentReplay } from '../../replay/useCurrentReplay';
import { MissionCard } from './MissionCard';
import { MissionPicker } from './MissionPicker';
import type { HeaderTool } from './MissionHeader';
import { headerPanel, useHeaderPanel } from './headerPanel';

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
