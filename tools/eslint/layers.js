// A tiny ESLint plugin with one rule, `layers/imports`: each top-level folder of src/ may import
// only the folders its row of the layer table lists (the table itself is in eslint.config.js).
//
// The rule decides by the RESOLVED path, never by the text of the specifier: './x', '../../ui/format'
// and '../i18n' are resolved against the importing file's folder, and the first folder of the result
// under src/ is what is checked. So src/scene/labels/ is scene/, not lab/, and src/ui/timeline/ is
// ui/. Bare specifiers ('react', 'three/examples/...', 'world-atlas/x.json?url') are npm packages
// and always allowed. Every form of import counts: import and `import type`, `export ... from`,
// side-effect imports ('./styles.css'), dynamic `import()`, `import('...').T` in types,
// `import x = require()`, `require()` and workers' `new URL('./worker.ts', import.meta.url)`.
import fs from 'node:fs';
import path from 'node:path';

/** Pseudo-folder of the files directly in src/ (e.g. main.tsx). */
const SRC_ROOT = '';

/**
 * Where a resolved path lies: the top-level folder under src/ ('scene'), SRC_ROOT for a file directly
 * in src/, or for a path outside src/ its first folder relative to src/'s parent, written
 * '../assets'. `inSrc` tells the two apart.
 * @param {string} srcDir absolute path of src/
 * @param {string} file absolute path
 * @param {Record<string, string[]>} layers the layer table
 */
function placeOf(srcDir, file, layers) {
  const rel = path.relative(srcDir, file);
  const parts = rel.split(path.sep);
  if (rel !== '' && (parts[0] === '..' || path.isAbsolute(rel))) {
    const outside = path.relative(path.dirname(srcDir), file).split(path.sep);
    return { inSrc: false, folder: `../${outside[0]}` };
  }
  if (rel === '') return { inSrc: true, folder: SRC_ROOT };
  if (parts.length > 1) return { inSrc: true, folder: parts[0] };
  // One part: a folder's index ('../i18n') or a file directly in src/ ('./main.tsx').
  const name = parts[0];
  const isFolder = Object.hasOwn(layers, name) || isDirectory(file);
  return { inSrc: true, folder: isFolder ? name : SRC_ROOT };
}

/** @param {string} file */
function isDirectory(file) {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** @param {string} folder */
function label(folder) {
  if (folder === SRC_ROOT) return 'src/ (root files)';
  return `${folder}/`;
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each top-level folder of src/ imports only the layers it may use' },
    schema: [
      {
        type: 'object',
        properties: {
          srcDir: { type: 'string' },
          layers: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
        required: ['srcDir', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden:
        "{{from}} must not import {{to}} ('{{specifier}}'). Layers: {{from}} may import {{allowed}}.",
      unknownTarget:
        "{{from}} must not import {{to}} ('{{specifier}}'): {{to}} is not in the layer table in eslint.config.js.",
      unknownFolder:
        'src/{{from}} is not in the layer table in eslint.config.js: add its row (what it may import) or move its files into a layer.',
    },
  },
  create(context) {
    const { srcDir, layers } = context.options[0];
    const filename = context.filename;
    if (!path.isAbsolute(filename)) return {};
    const here = placeOf(srcDir, filename, layers);
    if (!here.inSrc) return {};
    const allowedHere = layers[here.folder];
    if (!allowedHere) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknownFolder', data: { from: here.folder } });
        },
      };
    }
    const fileDir = path.dirname(filename);

    /** @param {import('estree').Node | null | undefined} node */
    function check(node) {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const specifier = node.value;
      const local = specifier.startsWith('.') || specifier.startsWith('/');
      if (!local) return; // an npm package
      const bare = specifier.replace(/[?#].*$/, '');
      // Vite reads '/x' from the project root (src/'s parent).
      const target = specifier.startsWith('/')
        ? path.join(path.dirname(srcDir), bare)
        : path.resolve(fileDir, bare);
      const there = placeOf(srcDir, target, layers);
      if (there.inSrc && there.folder === here.folder) return;
      if (allowedHere.includes(there.folder)) return;
      if (there.inSrc && allowedHere.includes('*')) return;
      const data = { from: label(here.folder), to: label(there.folder), specifier };
      if (there.inSrc && there.folder !== SRC_ROOT && !layers[there.folder]) {
        context.report({ node, messageId: 'unknownTarget', data });
        return;
      }
      const list = allowedHere.map(label).join(', ') || 'no other folder (npm packages only)';
      context.report({ node, messageId: 'forbidden', data: { ...data, allowed: list } });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      /** @param {any} node TSImportType: `import('../ui/x').T` */
      TSImportType(node) {
        check(node.source ?? node.argument?.literal);
      },
      /** @param {any} node TSExternalModuleReference: `import x = require('../ui/x')` */
      TSExternalModuleReference(node) {
        check(node.expression);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(node.arguments[0]);
        }
      },
      NewExpression(node) {
        // new URL('./worker.ts', import.meta.url)
        const [first, second] = node.arguments;
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'URL' &&
          second?.type === 'MemberExpression' &&
          second.object.type === 'MetaProperty' &&
          second.property.type === 'Identifier' &&
          second.property.name === 'url'
        ) {
          check(first);
        }
      },
    };
  },
};

export default { meta: { name: 'layers' }, rules: { imports: importsRule } };
