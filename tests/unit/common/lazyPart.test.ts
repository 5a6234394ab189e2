import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart, partsAfterReady } from '../../../src/common/lazyPart';
import { noticeText, notices } from '../../../src/common/notices';
import { t } from '../../../src/i18n';

/** A load the test settles by hand, counting how often it was started. */
function controlledLoad<P extends object>(component: ComponentType<P>) {
  const calls: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const load = () =>
    new Promise<ComponentType<P>>((resolve, reject) =>
      calls.push({ resolve: () => resolve(component), reject }),
    );
  return { load, calls };
}

const Hello = ({ name }: { name: string }) => createElement('p', null, `Hello, ${name}`);
const noticeTexts = () => notices.getState().items.map((n) => noticeText(n.text));

afterEach(() => {
  vi.unstubAllGlobals();
  for (const n of notices.getState().items) notices.getState().dismiss(n.id);
});

describe('lazyPart', () => {
  it('shows "Loading…" in place until its chunk is there, then the part itself', async () => {
    const { load, calls } = controlledLoad(Hello);
    const part = lazyPart(load, { preloadWhenIdle: false });
    const html = () => renderToString(createElement(part.Part, { name: 'class' }));
    expect(html()).toContain(t('parts.loading'));
    expect(html()).not.toContain('Hello');
    const done = part.preload();
    void part.preload();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await done;
    expect(html()).toContain('Hello, class');
  });

  it('draws nothing in place where it is a part of the scene', () => {
    const part = lazyPart(controlledLoad(Hello).load, {
      placeholder: 'none',
      preloadWhenIdle: false,
    });
    expect(renderToString(createElement(part.Part, { name: 'x' }))).toBe('');
  });

  it('says in a notice when its chunk cannot load, and tries again when asked again', async () => {
    const { load, calls } = controlledLoad(Hello);
    const part = lazyPart(load, { preloadWhenIdle: false });
    const first = part.preload();
    calls[0]!.reject(new Error('Failed to fetch dynamically imported module'));
    await expect(first).rejects.toThrow(/Failed to fetch/);
    expect(noticeTexts()).toContain(t('parts.failed'));
    expect(renderToString(createElement(part.Part, { name: 'x' }))).toContain(t('parts.failed'));
    const second = part.preload();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    await second;
    expect(renderToString(createElement(part.Part, { name: 'again' }))).toContain('Hello, again');
  });

  it('fetches nothing before ready, then each idle part in idle time, one at a time', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('window', { requestIdleCallback: (run: () => void) => idle.push(run) });
    const a = controlledLoad(Hello);
    const b = controlledLoad(Hello);
    const onlyWhenShown = controlledLoad(Hello);
    lazyPart(a.load);
    lazyPart(b.load);
    lazyPart(onlyWhenShown.load, { preloadWhenIdle: false });
    expect(a.calls.length + b.calls.length).toBe(0);

    partsAfterReady();
    partsAfterReady();
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(a.calls).toHaveLength(1);
    expect(b.calls).toHaveLength(0);
    a.calls[0]!.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(b.calls).toHaveLength(0);
    idle.shift()!();
    expect(b.calls).toHaveLength(1);
    expect(onlyWhenShown.calls).toHaveLength(0);
  });
});
