import { afterEach, describe, expect, it, vi } from 'vitest';

/** A window with a system preference and a store, and the module loaded fresh against it. */
async function load(systemReduces: boolean, saved?: string) {
  const store = new Map<string, string>(saved ? [['soyuz-replay.reduced-motion', saved]] : []);
  vi.stubGlobal('window', {
    matchMedia: (q: string) => ({ matches: systemReduces && q.includes('reduce') }),
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    },
  });
  vi.resetModules();
  return { mod: await import('../../../src/common/reducedMotion'), store };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reduced motion', () => {
  it('follows the system preference until the person chooses', async () => {
    expect((await load(true)).mod.prefersReducedMotion()).toBe(true);
    expect((await load(false)).mod.prefersReducedMotion()).toBe(false);
  });

  it('keeps the choice made in the app, over the system preference', async () => {
    const { mod, store } = await load(false);
    mod.motion.getState().setReduced(true);
    expect(mod.prefersReducedMotion()).toBe(true);
    expect(store.get(mod.REDUCED_MOTION_KEY)).toBe('on');
    expect((await load(false, 'on')).mod.prefersReducedMotion()).toBe(true);
    expect((await load(true, 'off')).mod.prefersReducedMotion()).toBe(false);
  });

  it('follows the system where storage is refused', async () => {
    vi.stubGlobal('window', {
      matchMedia: () => ({ matches: true }),
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
    });
    vi.resetModules();
    const mod = await import('../../../src/common/reducedMotion');
    expect(mod.prefersReducedMotion()).toBe(true);
    mod.motion.getState().setReduced(false);
    expect(mod.prefersReducedMotion()).toBe(false);
  });
});
