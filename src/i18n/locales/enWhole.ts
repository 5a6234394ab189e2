import { en } from './en';
import { enLater } from './enLater';

type Tree = { readonly [k: string]: string | Tree };

function merge(a: Tree, b: Tree): Tree {
  const out: Record<string, string | Tree> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = typeof v === 'object' && typeof old === 'object' ? merge(old, v) : v;
  }
  return out;
}

/** All of English in one tree, as the other languages hold it: for tests and tools, never the page. */
export const enWhole: Tree = merge(en, enLater);
