import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as THREE from 'three';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { THREE_CATALOGUE } from '../../../../src/scene/render/threeCatalogue';

// Only the list is read here. fiber's Node build is CommonJS and requires three's deprecated
// CommonJS build, which warns on every run; the registration itself is the browser's business.
vi.mock('@react-three/fiber', () => ({ extend: () => undefined }));

// fiber registers only THREE_CATALOGUE (tools/fiberCatalogue.ts removes its whole-namespace
// registration), so a lower-case three.js element that is not listed throws when it mounts.
// This reads every .tsx under src/ with the TypeScript parser and holds the catalogue to it.

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** Every HTML, SVG and MathML tag name, from TypeScript's own DOM typings. */
function domTags(): Set<string> {
  const lib = readFileSync(
    createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'),
    'utf8',
  );
  const tags = new Set<string>();
  for (const block of lib.matchAll(/^interface \w+ElementTagNameMap \{\n([\s\S]*?)^\}/gm)) {
    for (const [, tag] of block[1]!.matchAll(/^\s+"([\w-]+)":/gm)) tags.add(tag!);
  }
  return tags;
}
const DOM_TAGS = domTags();

/** What drei's components mount through fiber's catalogue, keyed by component and prop. */
const DREI_MOUNTS: Record<string, { always: string[]; withProp?: Record<string, string[]> }> = {
  // web/Html.js: a <group> to place the DOM; `occlude` adds an occluding plane.
  Html: { always: ['group'], withProp: { occlude: ['mesh', 'planeGeometry', 'shaderMaterial'] } },
  // core/OrbitControls.js: <primitive object={controls}>, built into fiber.
  OrbitControls: { always: ['primitive'] },
};

const pascal = (tag: string) => `${tag[0]!.toUpperCase()}${tag.slice(1)}`;
const isThreeName = (tag: string) =>
  typeof (THREE as Record<string, unknown>)[pascal(tag)] === 'function' ||
  pascal(tag) in THREE_CATALOGUE;

interface Scan {
  /** Lower-case three.js elements: tag -> files that mount it (drei's mounts included). */
  three: Map<string, Set<string>>;
  /** drei components used in JSX that DREI_MOUNTS does not describe. */
  unknownDrei: string[];
  /** Tags that name both a DOM element and a three.js class, with nothing around to tell which. */
  ambiguous: string[];
}

/** The three.js elements one .tsx source mounts, read with the TypeScript parser. */
function scanSource(file: string, code: string, scan: Scan): void {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const drei = new Set<string>();
  for (const s of source.statements) {
    if (
      !ts.isImportDeclaration(s) ||
      (s.moduleSpecifier as ts.StringLiteral).text !== '@react-three/drei'
    )
      continue;
    const named = s.importClause?.namedBindings;
    if (named && ts.isNamedImports(named)) for (const e of named.elements) drei.add(e.name.text);
  }
  const add = (tag: string) => {
    const files = scan.three.get(tag) ?? new Set<string>();
    scan.three.set(tag, files.add(file));
  };
  // `inside`: whether the nearest enclosing element is three.js (true), DOM (false) or none.
  const visit = (node: ts.Node, inside: boolean | undefined): void => {
    let next = inside;
    const opening = ts.isJsxElement(node)
      ? node.openingElement
      : ts.isJsxSelfClosingElement(node)
        ? node
        : null;
    if (opening && ts.isIdentifier(opening.tagName)) {
      const tag = opening.tagName.text;
      const props = opening.attributes.properties.flatMap((p) =>
        ts.isJsxAttribute(p) ? [p.name.getText(source)] : [],
      );
      if (drei.has(tag)) {
        const mounts = DREI_MOUNTS[tag];
        if (!mounts) scan.unknownDrei.push(`${file}: <${tag}>`);
        for (const t of mounts?.always ?? []) add(t);
        for (const [prop, tags] of Object.entries(mounts?.withProp ?? {}))
          if (props.includes(prop)) tags.forEach(add);
        // <Html>'s children are DOM.
        next = tag === 'Html' ? false : inside;
      } else if (/^[a-z]/.test(tag)) {
        const dom = DOM_TAGS.has(tag);
        const three = tag === 'primitive' || !dom || (isThreeName(tag) && inside !== false);
        if (dom && isThreeName(tag) && inside === undefined)
          scan.ambiguous.push(`${file}: <${tag}>`);
        else if (three) add(tag);
        next = three;
      }
    }
    ts.forEachChild(node, (child) => visit(child, next));
  };
  visit(source, undefined);
}

function scanFiles(files: string[]): Scan {
  const scan: Scan = { three: new Map(), unknownDrei: [], ambiguous: [] };
  for (const f of files) scanSource(relative(root, f), readFileSync(f, 'utf8'), scan);
  return scan;
}

const tsxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsxFiles(join(dir, e.name))
      : e.name.endsWith('.tsx')
        ? [join(dir, e.name)]
        : [],
  );

const registered = (tag: string) => tag === 'primitive' || pascal(tag) in THREE_CATALOGUE;

describe('the three.js catalogue', () => {
  const files = tsxFiles(join(root, 'src'));
  const scan = scanFiles(files);

  it('reads the scene', () => {
    // The scanner finds the Earth's own elements where they are; an empty scan would pass below.
    expect(files.length).toBeGreaterThan(20);
    expect([...(scan.three.get('mesh') ?? [])]).toContain('src/scene/earth/Earth.tsx');
    expect([...(scan.three.get('sphereGeometry') ?? [])]).toContain('src/scene/earth/Earth.tsx');
  });

  it('registers every three.js element that src/ mounts', () => {
    const missing = [...scan.three]
      .filter(([tag]) => !registered(tag))
      .map(([tag, f]) => `<${tag}> in ${[...f].join(', ')}`);
    expect(missing).toEqual([]);
    expect(scan.unknownDrei).toEqual([]);
    expect(scan.ambiguous).toEqual([]);
  });

  it('registers nothing that src/ does not mount (each class stays in the download)', () => {
    const used = new Set([...scan.three.keys()].map(pascal));
    expect(Object.keys(THREE_CATALOGUE).filter((name) => !used.has(name))).toEqual([]);
  });

  it('registers the classes themselves, under their own names', () => {
    for (const [name, ctor] of Object.entries(THREE_CATALOGUE))
      expect(ctor).toBe((THREE as Record<string, unknown>)[name]);
  });
});

describe('the element scanner', () => {
  const scanOf = (code: string) => {
    const scan: Scan = { three: new Map(), unknownDrei: [], ambiguous: [] };
    scanSource('fixture.tsx', code, scan);
    return scan;
  };

  it('finds an element that is not registered', () => {
    const scan = scanOf(
      'export const T = () => <mesh><torusGeometry args={[1, 0.2]} /><meshBasicMaterial /></mesh>;',
    );
    expect([...scan.three.keys()].sort()).toEqual(['mesh', 'meshBasicMaterial', 'torusGeometry']);
    expect(registered('torusGeometry')).toBe(false);
  });

  it('leaves DOM elements and generics alone, also inside <Html>', () => {
    const scan = scanOf(
      "import { Html } from '@react-three/drei';\n" +
        'const r = useRef<string>(null);\n' +
        'export const T = () => <group><Html><div><svg><line x1={0} /><path d="" /></svg><audio /></div></Html></group>;',
    );
    expect([...scan.three.keys()].sort()).toEqual(['group']);
    expect(scan.ambiguous).toEqual([]);
  });

  it("counts what drei's components mount, and flags the ones it does not know", () => {
    const scan = scanOf(
      "import { Html, OrbitControls, Line } from '@react-three/drei';\n" +
        'export const T = () => <><Html occlude /><OrbitControls /><Line points={[]} /></>;',
    );
    expect([...scan.three.keys()].sort()).toEqual([
      'group',
      'mesh',
      'planeGeometry',
      'primitive',
      'shaderMaterial',
    ]);
    expect(scan.unknownDrei).toEqual(['fixture.tsx: <Line>']);
  });

  it('asks about a tag that could be either, with nothing around it', () => {
    expect(scanOf('export const T = () => <line />;').ambiguous).toEqual(['fixture.tsx: <line>']);
    expect([...scanOf('export const T = () => <group><line /></group>;').three.keys()]).toEqual([
      'group',
      'line',
    ]);
  });
});
