import { useCurrentReplay } from '../../replay/useCurrentReplay';
import type { ReactNode } from 'react';
import { crewEntry, missionName, t, useLang } from '../../i18n';
import { UserMissionNote } from './UserMissionNote';
import { headerPanel, useHeaderPanel } from './headerPanel';
import './mission.css';

/** A panel from a feature folder that opens from the header (the tracker), given by the app. */
export interface HeaderTool {
  id: string;
  label: () => string;
  testId: string;
  render: (onClose: () => void) => ReactNode;
}

interface Props {
  tools?: readonly HeaderTool[];
}

/**
 * The mission being shown and its crew, with the picker and the facts card one click away (they
 * open in HeaderPanels, where the layout puts them).
 */
export function MissionHeader({ tools = [] }: Props) {
  const { mission } = useCurrentReplay();
  const lang = useLang();
  const open = useHeaderPanel();
  const toggle = headerPanel.getState().toggle;
  return (
    <header className="panel mission-header" data-panel="header">
      <div className="mission-header__buttons">
        <button
          type="button"
          onClick={() => toggle('picker')}
          aria-expanded={open === 'picker'}
          data-testid="missions-button"
        >
          {t('header.missions')}
        </button>
        <button
          type="button"
          onClick={() => toggle('card')}
          aria-expanded={open === 'card'}
          data-testid="facts-button"
        >
          {t('header.facts')}
        </button>
        {tools.map((tool) => (
          <button
            key={tool.id}
            type="button"
            onClick={() => toggle(tool.id)}
            aria-expanded={open === tool.id}
            data-testid={tool.testId}
          >
            {tool.label()}
          </button>
        ))}
      </div>
      {mission && (
        <>
          <h1>{missionName(mission.mission, lang)}</h1>
          <UserMissionNote missionId={mission.id} />
          <p className="mission-header__crew">
            {mission.crew.map((c) => crewEntry(c, lang)).join(' · ')}
          </p>
        </>
      )}
    </header>
  );
}
