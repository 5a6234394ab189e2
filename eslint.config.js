import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layersPlugin from './tools/eslint/layers.js';

// The layers of src/, lowest first. Each row is a top-level folder of src/ and the other top-level
// folders it may import; a folder may always import itself and npm packages. '*' is any folder in
// src/, '../assets' is the repository's assets/ folder (textures), '' is the files directly in src/
// (main.tsx). A folder that has no row is an error, and so is importing one. The rule resolves each
// import against the importing file, so src/scene/labels/ is scene/, not lab/
// (tools/eslint/layers.js; tests/unit/lint/layerBoundaries.test.ts).
const LAYERS = {
  boot: [], // plain scripts the page runs before the app (tools/startWebglScript.ts): no imports
  physics: [], // pure TypeScript: npm libraries only
  data: ['physics'],
  i18n: ['physics', 'data'],
  common: ['physics', 'data', 'i18n'], // what scene and UI both read: notices, reduced motion
  clock: ['physics', 'data'], // the one clock: store, ticker, rates, events
  replay: ['physics', 'data', 'clock'], // a mission's replay, the scene state at an instant
  scene: ['physics', 'data', 'i18n', 'common', 'clock', 'replay', '../assets'], // never ui/
  ui: ['physics', 'data', 'i18n', 'common', 'clock', 'replay', '../assets'], // never scene/
  lab: ['physics', 'data', 'i18n', 'common', 'clock', 'replay', 'scene', 'ui', '../assets'],
  track: ['physics', 'data', 'i18n', 'common', 'clock', 'replay', 'scene', 'ui', '../assets'],
  // The presenter's view: two windows kept in step (BroadcastChannel), the laptop's dashboard.
  present: ['physics', 'data', 'i18n', 'common', 'clock', 'replay', 'ui', '../assets'],
  // Video export: renders the scene frame by frame in an off-screen frame and encodes it.
  export: ['physics', 'data', 'i18n', 'common', 'clock', 'replay', 'scene', 'ui', '../assets'],
  cli: ['physics', 'data'],
  app: ['*', '../assets'], // composition; only the root files import app/
  '': ['*', '../assets'],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'tools/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain scripts the page loads before the app (src/boot/): browser globals only.
    files: ['src/boot/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly' },
    },
  },
  {
    files: ['src/**/*.{ts,tsx,js,jsx,mjs,cjs}'],
    plugins: { layers: layersPlugin },
    rules: {
      'layers/imports': [
        'error',
        { srcDir: path.join(path.dirname(fileURLToPath(import.meta.url)), 'src'), layers: LAYERS },
      ],
    },
  },
);
