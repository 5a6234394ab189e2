import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenGpuDone, type FenceContext } from '../../../../src/scene/render/gpuDone';

/** A context whose fence signals after `after` looks, or never (Infinity). */
function fakeContext(after: number, opts: { lost?: () => boolean; fences?: boolean } = {}) {
  let looks = 0;
  const calls: string[] = [];
  const sync = {} as WebGLSync;
  const gl: FenceContext = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED: 0x9119,
    fenceSync: (() => (calls.push('fence'), sync)) as FenceContext['fenceSync'],
    flush: () => void calls.push('flush'),
    getSyncParameter: ((s: WebGLSync) => {
      expect(s).toBe(sync);
      return ++looks >= after ? 0x9119 : 0x9118;
    }) as FenceContext['getSyncParameter'],
    deleteSync: () => void calls.push('delete'),
    isContextLost: () => opts.lost?.() ?? false,
  };
  if (opts.fences === false) (gl as { fenceSync?: unknown }).fenceSync = undefined;
  return { gl, calls, looks: () => looks };
}

describe('whenGpuDone', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('resolves only once the fence has signalled, looking between tasks, and frees it', async () => {
    const { gl, calls, looks } = fakeContext(4);
    let resolved = false;
    void whenGpuDone(gl).then(() => (resolved = true));
    expect(calls).toEqual(['fence', 'flush']);
    await vi.advanceTimersByTimeAsync(10);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(resolved).toBe(true);
    expect(looks()).toBe(4);
    expect(calls).toEqual(['fence', 'flush', 'delete']);
  });

  it('gives up waiting at the limit, and on a lost context', async () => {
    const never = fakeContext(Infinity);
    let resolved = false;
    void whenGpuDone(never.gl, 1000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(900);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(resolved).toBe(true);

    let lost = false;
    const losing = fakeContext(Infinity, { lost: () => lost });
    let resolved2 = false;
    void whenGpuDone(losing.gl).then(() => (resolved2 = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(resolved2).toBe(false);
    lost = true;
    await vi.advanceTimersByTimeAsync(20);
    expect(resolved2).toBe(true);
    expect(losing.calls).not.toContain('delete');
  });

  it('resolves at once where there are no fences', async () => {
    const { gl } = fakeContext(Infinity, { fences: false });
    await expect(whenGpuDone(gl)).resolves.toBeUndefined();
  });
});
