// Lint for every package: typescript-eslint (type-aware), eslint-plugin-lit (templates), eslint-plugin-wc (custom
// element rules). lit-analyzer checks templates against element types separately (npm run lint:lit).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'bench/.build/**', 'tests/hardening/.output/**', '**/node_modules/**', 'storybook-static/**', 'screenshots/**', 'tmp/**', '**/.turbo/**', '**/custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lit templates and d3 math use non-null assertions on indexes the code has just bounded.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['**/*.test.ts', '**/*.stories.ts', '**/test/**/*.ts'],
    rules: {
      // Tests poke at internals and mock freely.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
