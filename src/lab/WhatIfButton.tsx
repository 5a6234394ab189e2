import { t, useLang } from '../i18n';
import { lab, useLab } from './labStore';

/** Opens and closes the lab (W). */
export function WhatIfButton() {
  const open = useLab((s) => s.open);
  useLang();
  return (
    <button
      type="button"
      className="what-if-button"
      aria-pressed={open}
      onClick={() => lab.getState().setOpen(!open)}
      title={t('whatIf.openTitle')}
      data-testid="what-if-button"
    >
      {t('whatIf.open')}
    </button>
  );
}
