// ESLint (flat config): typescript-eslint's and React hooks' recommended rules, plus the rules that
// hold our boundaries (eslint/boundaries.js) and one import style. Formatting is Prettier's
// (.prettierrc.json): `npm run lint` checks both, `npm run format` applies both.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/boundaries.js';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'stats.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { boundaries },
    rules: {
      'boundaries/no-db-writes-outside-background': 'error',
      'boundaries/no-imports-between-entrypoints': 'error',
      // One import style: relative paths. lib/ runs in Node too (npm run extract), where no alias
      // is configured, and relative paths are what most of the code already uses.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(@@?|~~?)/', message: "Import project files with a relative path ('../lib/…'), not an alias." }] },
      ],
      // Our patterns match control characters on purpose: to strip them from file names, page text and URIs.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Page content is hostile (README, "Security"): the extension builds DOM nodes, never HTML strings.
    // (Tests may write HTML: they make the hostile pages.)
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Build DOM nodes (or parse into an inert document with DOMParser) instead of assigning HTML.',
        },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM nodes instead of inserting HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render elements, not HTML strings.' },
      ],
    },
  },
  {
    // WXT's auto-imports (defineBackground, defineContentScript…) are globals in entrypoints.
    files: ['entrypoints/**'],
    languageOptions: { globals: { defineBackground: 'readonly', defineContentScript: 'readonly', defineUnlistedScript: 'readonly' } },
  },
);
