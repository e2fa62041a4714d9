// One flat config for the whole workspace; each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/.reports/**',
      '**/custom-elements.json',
      '**/.tree-shaking-*/**',
      '**/.pack-*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {...globals.browser, ...globals.node},
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'no-restricted-syntax': [
        'error',
        {selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not enum.'},
        {selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.'},
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    rules: {
      ...wc.configs['flat/recommended'].rules,
      // Templates must never build markup from strings (Trusted Types, XSS).
      'lit/no-template-bind': 'error',
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'No innerHTML: render with lit templates.'},
        {property: 'outerHTML', message: 'No outerHTML: render with lit templates.'},
      ],
      'no-restricted-imports': [
        'error',
        {name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: text stays text.'},
        {name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG: build SVG with svg``.'},
      ],
    },
  },
);
