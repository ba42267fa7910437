// ESLint: JavaScript and TypeScript rules (type-aware for TypeScript), Lit template rules and
// Lit accessibility rules. Formatting is Prettier's (`.prettierrc.json`); eslint-config-prettier,
// last, turns off the rules that would disagree with it.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'storybook-static/', '.cem-out/', 'bench/.build/', 'bench/results/', 'src/feed/generated/', 'test/fixtures/hostile/'],
  },
  {linterOptions: {reportUnusedDisableDirectives: 'error'}},

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
    rules: {
      // semantic-dom-diff declares every chai `equal` as returning a promise (for its `.dom`
      // comparisons); plain `expect(…).to.equal(…)` is synchronous and needs no await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {allowForKnownSafeCalls: [{from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff'}]},
      ],
    },
  },
  {
    rules: {
      // A leading underscore marks a binding as unused on purpose: a parameter an interface
      // requires, a property left out of a rest object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
    },
  },
  {
    // The JSON parser matches the control characters JSON forbids in strings, by their codes.
    files: ['src/feed/parse-json.ts'],
    rules: {'no-control-regex': 'off'},
  },
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,

  // Where each JavaScript file runs (TypeScript files get their globals from tsconfig.json):
  // the benchmark and test pages in the browser; the scripts, the benchmark runner, the test
  // runner's config and plugins in Node.
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    files: ['*.{js,mjs}', 'scripts/*.mjs', 'bench/*.mjs', 'test/**/*.mjs'],
    languageOptions: {globals: {...globals.node}},
  },

  prettier,
);
