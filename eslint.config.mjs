// Lint: typescript-eslint recommended, plus the layer rule of DESIGN.md section 4:
// Apps Script globals only in src/adapters and the composition root.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_GLOBALS = [
  'CardService', 'PropertiesService', 'SpreadsheetApp', 'UrlFetchApp', 'ScriptApp', 'LockService',
  'CacheService', 'MailApp', 'GmailApp', 'Session', 'AdminDirectory', 'People', 'Utilities', 'Logger',
  'ContactsApp', 'DriveApp', 'HtmlService', 'ContentService', 'Sheets',
].map((name) => ({ name, message: `Apps Script global ${name} belongs in src/adapters or the composition root.` }));

const NOT_IN_APPS_SCRIPT = ['setTimeout', 'setInterval', 'fetch', 'URL', 'Buffer', 'process', 'require']
  .map((name) => ({ name, message: `${name} does not exist in Apps Script's V8.` }));

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', '.data/**', 'test-results/**', 'coverage/**', 'jest.config.js', 'test/support/count-reporter.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**', 'src/entrypoints/composition-root.ts'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS, ...NOT_IN_APPS_SCRIPT] },
  },
  {
    files: ['src/adapters/**', 'src/entrypoints/composition-root.ts'],
    rules: { 'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT] },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'PropertyDefinition > PrivateIdentifier', message: '#private fields are not ES2020.' },
        { selector: 'StaticBlock', message: 'static blocks are not ES2020.' },
      ],
    },
  },
);
