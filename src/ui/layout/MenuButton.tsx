import { t, useLang } from '../../i18n';
import { layout, useLayout } from './layoutStore';

/** On a narrow screen the view controls fold into a drawer; this opens and closes it. */
export function MenuButton() {
  useLang();
  const open = useLayout((s) => s.menuOpen);
  return (
    <button
      type="button"
      className="menu-button"
      aria-expanded={open}
      aria-controls="view-controls"
      onClick={() => layout.getState().setMenuOpen(!open)}
      data-testid="menu-button"
    >
      {open ? '✕' : '☰'} {t('layout.menu')}
    </button>
  );
}
