import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'bench/node_modules/',
      'bench/results/',
      '.tmp/',
    ],
  },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-template-arrow': 'off',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Build DOM through Lit bindings only.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='unsafeHTML']", message: 'Build DOM through Lit bindings only.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Build DOM through Lit bindings only.' },
      ],
    },
  },
  {
    // Tests may write markup as a string to reproduce what a CMS or another script does.
    files: ['test/**', 'stories/**', 'bench/**', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/examples.ts'],
    // …and chai assertions are property reads (`to.exist`).
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
