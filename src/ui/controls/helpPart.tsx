import { lazyPart } from '../../common/lazyPart';

/** The keyboard help (? or H) is a chunk of its own, fetched when first opened or when idle. */
const help = lazyPart(() => import('./Help').then((m) => m.Help), { placeholder: 'modal' });

export const HelpDialog = help.Part;
