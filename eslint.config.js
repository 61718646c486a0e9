// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The formula language has one public entry, formula/index.ts; its parts are its own business. */
const formulaInternals = { regex: '(^|/)formula/(?!index$)[^/]+$', message: 'Import the formula language through formula/index.ts.' };

const outsideCore = {
  patterns: [
    formulaInternals,
    { group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/core is pure TypeScript: no React.' },
    { group: ['three', 'three/*'], message: 'src/core is pure TypeScript: no three.js.' },
    { group: ['@react-three/*'], message: 'src/core is pure TypeScript: no react-three.' },
    { group: ['zustand', 'zustand/*'], message: 'src/core is pure TypeScript: no store.' },
    { regex: '^(?!\\.{1,2}/)(?!(react|three|zustand|@react-three)(/|$))', message: 'src/core imports nothing outside src/core (relative imports only).' },
  ],
};

/** Files one folder deep in core may reach core's root (../) but nothing above it. */
const outsideCoreFromSubfolder = {
  patterns: [...outsideCore.patterns, { regex: '^\\.\\./\\.\\./', message: 'src/core imports nothing outside src/core.' }],
};
/** Files at core's root reach only core (./). */
const outsideCoreFromRoot = {
  patterns: [...outsideCore.patterns, { regex: '^\\.\\./', message: 'src/core imports nothing outside src/core.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', '.scratch/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/scene/**/*.ts', 'src/state/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // core is pure maths: no DOM or Node globals, no imports from outside core.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', outsideCoreFromSubfolder],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'localStorage', 'requestAnimationFrame', 'process', 'require', 'HTMLElement', 'performance'],
    },
  },
  {
    files: ['src/core/*.ts'],
    rules: { 'no-restricted-imports': ['error', outsideCoreFromRoot] },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        formulaInternals,
        { group: ['three', 'three/*', '@react-three/*'], message: 'state never imports three.js.' },
        { group: ['../scene/*', '../ui/*'], message: 'state never imports components.' },
      ] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [formulaInternals, { group: ['../scene/*'], message: 'ui does not import scene.' }] }] },
  },
);
