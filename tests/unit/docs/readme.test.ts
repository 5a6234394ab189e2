import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../../src/ui/controls/keyBindings';
import { CONTENT_SECURITY_POLICY } from '../../../tools/contentSecurityPolicy';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two commands a newcomer runs', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm install && npm start/m);
    expect(firstBlock).toMatch(/^npm test/m);
  });

  it('states the Node version package.json asks for', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    const engines = String(pkg.engines.node);
    const lowest = /^\^?(\d+)\.(\d+)/.exec(engines);
    expect(lowest).not.toBeNull();
    const [, major, minor] = lowest!;
    expect(readme.slice(0, 1200)).toContain(`Node **${major}.${minor} or newer**`);
  });

  it('lists every npm script, and no other, in its Scripts table', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    const section = readme.split('## Scripts')[1]!.split('\n## ')[0]!;
    const listed = [...section.matchAll(/^\| `([\w:-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(pkg.scripts as object).sort());
  });

  it("gives the build's own policy, plus frame-ancestors, in every header example of Deploy", () => {
    const deploy = /## Deploy\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    const policies = [...deploy.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]+)/g)].map(
      (m) => m[1],
    );
    expect(policies.length).toBe(2);
    for (const p of policies) expect(p).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`);
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
