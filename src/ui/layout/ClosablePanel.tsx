import { useId, type ReactNode } from 'react';

interface Props {
  /** The panel's own class, beside `panel` (its styles). */
  className: string;
  /** Its `data-panel` name: the layout test and the label layout find panels by it. */
  panel: string;
  testId: string;
  title: string;
  /** The close button's accessible name ("Close the tracker"). */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A panel with a heading and a × that closes it, named by its heading for assistive technology:
 * the frame the tracker, the what-if lab and the video export share.
 */
export function ClosablePanel({
  className,
  panel,
  testId,
  title,
  closeLabel,
  onClose,
  children,
}: Props) {
  const id = useId();
  return (
    <section
      className={`panel ${className}`}
      data-panel={panel}
      aria-labelledby={`${id}-title`}
      data-testid={testId}
    >
      <header>
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}
