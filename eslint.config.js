import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/** User text must stay text: no HTML or CSS built from strings anywhere in the library source. */
const noMarkupFromStrings = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'lit',
          importNames: ['unsafeCSS'],
          message: 'unsafeCSS builds CSS from strings; use css`` and tokens.'
        },
        { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML renders strings as HTML; render text.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG renders strings as SVG; use svg``.' }
      ],
      patterns: [{ group: ['lit-html/directives/unsafe-*'], message: 'Render text, never markup from strings.' }]
    }
  ],
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Render text with Lit, never innerHTML.' },
    { property: 'outerHTML', message: 'Render text with Lit, never outerHTML.' },
    { property: 'insertAdjacentHTML', message: 'Render text with Lit, never insertAdjacentHTML.' }
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']",
      message: 'No innerHTML assignment.'
    },
    {
      selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
      message: 'No document.write.'
    }
  ]
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'bench/node_modules/',
      'demo/dist/',
      'demo/public/onward/',
      'test/ssr-app/dist/',
      'test/node/.code-blocks/',
      'custom-elements.json'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' }
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'OnwardElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off'
    }
  },
  { files: ['src/**/*.ts'], ignores: ['src/**/*.test.ts'], rules: noMarkupFromStrings },
  // Chai's `expect(x).to.be.true` style reads as an unused expression.
  { files: ['**/*.test.ts', 'test/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  {
    files: ['**/*.mjs', '**/*.cjs', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', fetch: 'readonly' } }
  },
  // The server-rendering recipe's Vite config runs in Node.
  { files: ['test/ssr-app/*.js'], languageOptions: { globals: { URL: 'readonly' } } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } }
  },
  // The demo's own host-page script runs in the browser.
  {
    files: ['demo/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        console: 'readonly'
      }
    }
  }
);
