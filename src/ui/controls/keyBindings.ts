import { t } from '../../i18n';
import { en, type Catalogue } from '../../i18n/locales/en';

export interface KeyBinding {
  keys: string;
  /** The action's catalogue key, under keymap. */
  id: keyof Catalogue['keymap'];
  /** The action in English (the README lists it; Help shows it in the current language). */
  what: string;
}

const bind = (keys: string, id: KeyBinding['id']): KeyBinding => ({
  keys,
  id,
  what: en.keymap[id],
});

/** The keyboard map, shown by the Help panel and the README. */
export const KEYMAP: readonly KeyBinding[] = [
  bind('Space', 'play'),
  bind('← / →', 'step'),
  bind('] / [', 'event'),
  bind('PageDown / PageUp', 'clicker'),
  bind('Home / End', 'ends'),
  bind('+ / −', 'faster'),
  bind('R', 'reverse'),
  bind('S', 'smart'),
  bind('1 – 5', 'cameras'),
  bind('C', 'charts'),
  bind('W', 'whatIf'),
  bind('P', 'present'),
  bind('V', 'presenterView'),
  bind('N', 'notes'),
  bind('B / .', 'blank'),
  bind('A', 'autoPause'),
  bind('Ctrl+P / Cmd+P', 'print'),
  bind('?', 'help'),
  bind('Esc', 'close'),
];

/** The keys as Help shows them: key caps stay, the space bar is named in the language. */
export function keysText(keys: string): string {
  return keys === 'Space' ? t('help.space') : keys;
}

/** An action of the keyboard map in the current language. */
export function keyActionText(binding: KeyBinding): string {
  return t(`keymap.${binding.id}`);
}
