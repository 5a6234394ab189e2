import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../../src/ui/controls/keyBindings';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two commands a newcomer runs', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm install && npm start/m);
    expect(firstBlock).toMatch(/^npm test/m);
  });

  it('lists exactly the keyboard map the app shows', () => {
    const block = /<!-- keymap:start[^>]*-->([\s\S]*?)<!-- keymap:end -->/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const rows = block!
      .split('\n')
      .filter((l) => l.startsWith('|') && !/^\|\s*(Key|---)/.test(l))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows).toEqual(KEYMAP.map((k) => [k.keys, k.what]));
  });
});
