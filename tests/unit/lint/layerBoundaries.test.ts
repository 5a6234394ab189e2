import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints small virtual sources (the files need not exist) with the repository's own eslint.config.js
// and reads the layer rule's messages. Each fixture names a file in src/ and the imports it makes.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const RULE = 'layers/imports';

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first lint loads the config and the TypeScript parser: seconds on a busy machine.
  await eslint.lintText('', { filePath: 'src/physics/__warmup__.ts' });
}, 60_000);

/** The layer rule's messages for `code` linted as if it were the file `filePath` (from the root). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const forbidden: [string, string, string, RegExp][] = [
  // [what it breaks, file, source, expected message]
  [
    'physics imports data',
    'src/physics/__fixture__.ts',
    "import { MISSIONS } from '../data/missions';\nexport const n = MISSIONS;\n",
    /^physics\/ must not import data\/ \('\.\.\/data\/missions'\)\. Layers: physics\/ may import no other folder/,
  ],
  [
    'physics (in a subfolder) imports the clock, type only',
    'src/physics/descent/__fixture__.ts',
    "import type { Clock } from '../../clock/clockStore';\nexport type C = Clock;\n",
    /^physics\/ must not import clock\//,
  ],
  [
    'physics imports assets',
    'src/physics/__fixture__.ts',
    "import url from '../../assets/textures/earth-water.png';\nexport { url };\n",
    /^physics\/ must not import \.\.\/assets\//,
  ],
  [
    'scene (in labels/) imports ui',
    'src/scene/labels/__fixture__.tsx',
    "import { formatMet } from '../../ui/format';\nexport const f = formatMet;\n",
    /^scene\/ must not import ui\/ \('\.\.\/\.\.\/ui\/format'\)\. Layers: scene\/ may import physics\/, data\/, i18n\/, common\/, clock\/, replay\//,
  ],
  [
    'ui (in timeline/) imports scene',
    'src/ui/timeline/__fixture__.tsx',
    "import { Earth } from '../../scene/earth/Earth';\nexport const e = Earth;\n",
    /^ui\/ must not import scene\//,
  ],
  [
    'data imports the clock',
    'src/data/__fixture__.ts',
    "import { useClock } from '../clock/clockStore';\nexport const c = useClock;\n",
    /^data\/ must not import clock\//,
  ],
  [
    'the clock re-exports the replay',
    'src/clock/__fixture__.ts',
    "export { replayFor } from '../replay/replay';\n",
    /^clock\/ must not import replay\//,
  ],
  [
    'the replay imports the scene, dynamically',
    'src/replay/__fixture__.ts',
    "export const load = () => import('../scene/camera/cameraMath');\n",
    /^replay\/ must not import scene\//,
  ],
  [
    'the scene imports the lab',
    'src/scene/earth/__fixture__.tsx',
    "import { useLab } from '../../lab/labStore';\nexport const l = useLab;\n",
    /^scene\/ must not import lab\//,
  ],
  [
    'the lab imports the tracker',
    'src/lab/__fixture__.ts',
    "export * from '../track/trackStore';\n",
    /^lab\/ must not import track\//,
  ],
  [
    'the tracker imports the lab, in a type',
    'src/track/__fixture__.ts',
    "export type R = import('../lab/whatIf').WhatIfResult;\n",
    /^track\/ must not import lab\//,
  ],
  [
    'the ui imports app',
    'src/ui/mission/__fixture__.tsx',
    "import { App } from '../../app/App';\nexport const a = App;\n",
    /^ui\/ must not import app\//,
  ],
  [
    'the scene imports app, for a stylesheet',
    'src/scene/render/__fixture__.tsx',
    "import '../../app/styles.css';\n",
    /^scene\/ must not import app\//,
  ],
  [
    'the clock imports common',
    'src/clock/__fixture__.ts',
    "import { notify } from '../common/notices';\nexport const n = notify;\n",
    /^clock\/ must not import common\//,
  ],
  [
    'the command line imports the replay',
    'src/cli/__fixture__.ts',
    "import { replayFor } from '../replay/replay';\nexport const r = replayFor;\n",
    /^cli\/ must not import replay\//,
  ],
  [
    'data starts a worker from the lab',
    'src/data/__fixture__.ts',
    "export const w = () => new Worker(new URL('../lab/descentWorker.ts', import.meta.url));\n",
    /^data\/ must not import lab\//,
  ],
  [
    'i18n imports a root file',
    'src/i18n/__fixture__.ts',
    "import '../main';\n",
    /^i18n\/ must not import src\/ \(root files\)/,
  ],
  [
    'the scene imports a folder the table does not know',
    'src/scene/__fixture__.ts',
    "import { x } from '../nowhere/x';\nexport const y = x;\n",
    /^scene\/ must not import nowhere\/ \('\.\.\/nowhere\/x'\): nowhere\/ is not in the layer table/,
  ],
  [
    'a file in a folder the table does not know',
    'src/nowhere/__fixture__.ts',
    'export const x = 1;\n',
    /^src\/nowhere is not in the layer table/,
  ],
];

const allowed: [string, string, string][] = [
  [
    'physics imports itself and npm libraries',
    'src/physics/descent/__fixture__.ts',
    "import { temeToEcef } from '../frames';\nimport { Vector3 } from 'three';\nimport * as sat from 'satellite.js';\nexport const x = [temeToEcef, Vector3, sat];\n",
  ],
  [
    'scene (in labels/) imports the replay and common',
    'src/scene/labels/__fixture__.tsx',
    "import { sceneStateAt } from '../../replay/sceneState';\nimport { formatMet } from '../../common/format';\nimport { t } from '../../i18n';\nimport './labels.css';\nexport const x = [sceneStateAt, formatMet, t];\n",
  ],
  [
    'scene imports its own subfolders and assets',
    'src/scene/earth/__fixture__.tsx',
    "import { Label } from '../labels/Label';\nimport url from '../../../assets/textures/earth-water.png';\nexport const x = [Label, url];\n",
  ],
  [
    'ui (in timeline/) imports the clock, and types from the replay',
    'src/ui/timeline/__fixture__.tsx',
    "import { useClock } from '../../clock/clockStore';\nimport type { Replay } from '../../replay/replay';\nexport const x = useClock;\nexport type R = Replay;\n",
  ],
  [
    'the lab imports the scene, the ui and its own worker',
    'src/lab/__fixture__.tsx',
    "import { Earth } from '../scene/earth/Earth';\nimport { Panel } from '../ui/Panel';\nexport const x = [Earth, Panel];\nexport const w = () => new Worker(new URL('./descentWorker.ts', import.meta.url));\n",
  ],
  [
    'the tracker imports data and the scene',
    'src/track/__fixture__.tsx',
    "import { parseTle } from '../data/pastedTle';\nimport { Earth } from '../scene/earth/Earth';\nexport const x = [parseTle, Earth];\n",
  ],
  [
    'the replay imports the clock',
    'src/replay/__fixture__.ts',
    "import { useClock } from '../clock/clockStore';\nexport const x = useClock;\n",
  ],
  [
    'the command line imports physics and data',
    'src/cli/__fixture__.ts',
    "import { simulateDescent } from '../physics/descent/simulate';\nimport { MISSIONS } from '../data/missions';\nexport const x = [simulateDescent, MISSIONS];\n",
  ],
  [
    'app imports every layer',
    'src/app/__fixture__.tsx',
    "import { Earth } from '../scene/earth/Earth';\nimport { Panel } from '../ui/Panel';\nimport { useLab } from '../lab/labStore';\nimport { track } from '../track/trackStore';\nimport { main } from '../cli/main';\nimport './app.css';\nexport const x = [Earth, Panel, useLab, track, main];\n",
  ],
  [
    'a root entry file imports app',
    'src/__fixture__.tsx',
    "import { App } from './app/App';\nimport '@fontsource/inter/400.css';\nexport const x = App;\n",
  ],
  [
    'files outside src/ are not layered',
    'tests/unit/__fixture__.ts',
    "import { formatMet } from '../../src/ui/format';\nexport const x = formatMet;\n",
  ],
];

describe('layer boundaries (eslint.config.js, rule layers/imports)', () => {
  it.each(forbidden)('reports: %s', async (_what, filePath, code, message) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(allowed)('allows: %s', async (_what, filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });

  it('is an error, not a warning, for every file in src/', async () => {
    const config = await eslint.calculateConfigForFile('src/scene/labels/__fixture__.tsx');
    const setting = config.rules?.[RULE];
    expect(String(Array.isArray(setting) ? setting[0] : setting)).toMatch(/^(error|2)$/);
  });
});
