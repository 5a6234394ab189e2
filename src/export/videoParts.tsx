import { lazyPart } from '../common/lazyPart';

/**
 * Video export in chunks of its own: this stub is all the first load carries. The panel comes
 * when opened (or in idle time after ready); the encoder (mediabunny) and the export frame's code
 * only when an export starts.
 */
const panel = lazyPart(() => import('./VideoPanel').then((m) => m.VideoPanel));

export const VideoPanel = panel.Part;
