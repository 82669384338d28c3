// Our architecture's boundaries as lint rules (README, "Layout"): only the background writes the
// database, and entrypoints stay separate. Import paths are resolved to project files, so the
// rules hold whatever spelling an import uses.
import { dirname, relative, resolve } from 'node:path';

const ROOT = dirname(import.meta.dirname);

/**
 * The modules that write the database. Only the background may load them; a page or the content
 * script that needs a change sends a message (lib/messaging.ts). Type-only imports load no code
 * and are allowed.
 */
export const DB_WRITE_MODULES = [
  'lib/db/items.ts',
  'lib/library/tags.ts',
  'lib/library/duplicates.ts',
  'lib/import/merge-import.ts',
  'lib/import/file-import.ts',
  'lib/images/capture.ts',
];

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project file an import names (without checking it exists), relative to the root; null for packages. */
function target(source, filename) {
  let base;
  if (source.startsWith('@@/') || source.startsWith('@/') || source.startsWith('~/'))
    base = resolve(ROOT, source.replace(/^(@@|@|~)\//, ''));
  else if (source.startsWith('.')) base = resolve(dirname(filename), source);
  else return null;
  return EXTENSIONS.map((ext) => relative(ROOT, base + ext).replaceAll('\\', '/'));
}

/** `entrypoints/popup/Popup.tsx` → `popup`; `entrypoints/background.ts` → `background`; else null. */
function entrypointOf(file) {
  const match = /^entrypoints\/([^/]+?)(?:\.tsx?)?(?:\/|$)/.exec(file);
  return match ? match[1] : null;
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

function importRule(check) {
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const file = relative(ROOT, context.filename).replaceAll('\\', '/');
      const visit = (node) => {
        if (!node.source || typeof node.source.value !== 'string') return;
        const candidates = target(node.source.value, context.filename);
        if (!candidates) return;
        const message = check(file, candidates, node);
        if (message) context.report({ node: node.source, message });
      };
      return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit, ImportExpression: visit };
    },
  };
}

export default {
  rules: {
    'no-db-writes-outside-background': importRule((file, candidates, node) => {
      const entry = entrypointOf(file);
      const isUi = file.startsWith('components/') || (entry !== null && entry !== 'background');
      if (!isUi || isTypeOnly(node)) return null;
      const written = DB_WRITE_MODULES.find((module) => candidates.includes(module));
      return written ? `${written} writes the database, which only the background does: send a message instead (lib/messaging.ts)` : null;
    }),
    'no-imports-between-entrypoints': importRule((file, candidates) => {
      const own = entrypointOf(file);
      const other = candidates.map(entrypointOf).find((entry) => entry !== null);
      if (!own || !other || other === own) return null;
      return `entrypoints/${own} imports from entrypoints/${other}: move what both need to components/ or lib/`;
    }),
  },
};
