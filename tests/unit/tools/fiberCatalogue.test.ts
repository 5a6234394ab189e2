import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  REGISTER_WHOLE_NAMESPACE,
  withoutNamespaceRegistration,
} from '../../../tools/fiberCatalogue';

// The installed fiber's ES entry, the file Vite bundles (package.json "module").
const fiberDir = fileURLToPath(
  new URL('../../../node_modules/@react-three/fiber/', import.meta.url),
);
const fiberPkg = JSON.parse(readFileSync(`${fiberDir}package.json`, 'utf8')) as { module: string };
const entryId = `${fiberDir}${fiberPkg.module}`;
const entry = readFileSync(entryId, 'utf8');

describe('the fiber catalogue plugin', () => {
  it("removes the installed fiber's one whole-namespace registration, line for line", () => {
    expect(entry.split(REGISTER_WHOLE_NAMESPACE)).toHaveLength(2);
    const out = withoutNamespaceRegistration(entry, entryId);
    expect(out).not.toBeNull();
    expect(out).not.toContain('extend(THREE)');
    expect(out!.split('\n')).toHaveLength(entry.split('\n').length);
  });

  it('also finds the entry under the dev server (query string, Windows separators)', () => {
    expect(withoutNamespaceRegistration(entry, `${entryId}?v=1a2b3c`)).not.toContain(
      'extend(THREE)',
    );
    expect(withoutNamespaceRegistration(entry, entryId.replaceAll('/', '\\'))).not.toContain(
      'extend(THREE)',
    );
  });

  it('leaves every other module alone', () => {
    expect(
      withoutNamespaceRegistration(entry, `${fiberDir}dist/react-three-fiber.cjs.js`),
    ).toBeNull();
    expect(
      withoutNamespaceRegistration('extend(THREE)', '/work/src/scene/SceneCanvas.tsx'),
    ).toBeNull();
  });

  it('fails the build when a fiber upgrade registers three.js some other way', () => {
    const changed = entry.replace(
      REGISTER_WHOLE_NAMESPACE,
      'React.useMemo(() => extend({ ...THREE }), []);',
    );
    expect(() => withoutNamespaceRegistration(changed, entryId)).toThrow(/no longer contains/);
  });
});
