// ESLint rule quire/process-boundaries: the layering of DESIGN.md §2 for imports *inside* the repo.
// no-restricted-imports only sees the text of a module name, so `../../electron/core/x` from the
// renderer, or `../../main/ipc` from the core, passed. This rule resolves every relative (or absolute)
// module path against the importing file and checks which folder it lands in. It is lexical on
// purpose: it needs no resolver, so an import of a file that does not exist (yet) is judged too.
import path from 'node:path';

/** @typedef {{ folder: string, mayImport: string[], mayImportTypesFrom?: string[], why: string }} Area */

const inside = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/** The most specific area a repo-relative path lies in (electron/core-host, not electron/core). */
function areaOf(file, areas) {
  return areas.filter((a) => inside(file, a.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports may not cross a process boundary (renderer, shared, preload, main, core, hosts).' },
    schema: [
      {
        type: 'object',
        properties: {
          areas: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                folder: { type: 'string' },
                mayImport: { type: 'array', items: { type: 'string' } },
                mayImportTypesFrom: { type: 'array', items: { type: 'string' } },
                why: { type: 'string' },
              },
              required: ['folder', 'mayImport', 'why'],
              additionalProperties: false,
            },
          },
        },
        required: ['areas'],
        additionalProperties: false,
      },
    ],
    messages: {
      crossing: "{{from}}/ may import only from {{allowed}}: '{{specifier}}' resolves to {{target}}. Why: {{why}}.",
    },
  },
  create(context) {
    /** @type {Area[]} */
    const areas = context.options[0]?.areas ?? [];
    const root = context.cwd;
    const relative = (p) => path.relative(root, p).split(path.sep).join('/');
    const file = relative(context.filename);
    const area = areaOf(file, areas);
    if (!area) return {};
    const allowed = [area.folder, ...area.mayImport];

    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('.') && !path.isAbsolute(specifier)) return; // bare names: no-restricted-imports
      const target = relative(path.resolve(path.dirname(context.filename), specifier));
      if (allowed.some((folder) => inside(target, folder))) return;
      if (isTypeOnly(node) && (area.mayImportTypesFrom ?? []).some((folder) => inside(target, folder))) return;
      context.report({
        node: source,
        messageId: 'crossing',
        data: { from: area.folder, allowed: allowed.map((f) => `${f}/`).join(', '), specifier, target, why: area.why },
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};
