/**
 * What a careers site would otherwise ship to build the same widgets from a general library: the modules each peer
 * needs for a card, a checkbox, a progress bar, buttons, text inputs, a select (with its option element) and a copy
 * button, plus the theme stylesheet the components read their tokens from. Paths resolve from bench/node_modules.
 */
export const PEERS = [
  {
    id: 'shoelace',
    label: 'Shoelace 2',
    package: '@shoelace-style/shoelace',
    modules: ['card', 'checkbox', 'progress-bar', 'button', 'input', 'select', 'option', 'textarea', 'copy-button'].map(
      (name) => `@shoelace-style/shoelace/dist/components/${name}/${name}.js`
    ),
    card: '@shoelace-style/shoelace/dist/components/card/card.js',
    css: '@shoelace-style/shoelace/dist/themes/light.css'
  },
  {
    id: 'webawesome',
    label: 'Web Awesome 3',
    package: '@awesome.me/webawesome',
    modules: ['card', 'checkbox', 'progress-bar', 'button', 'input', 'select', 'option', 'textarea', 'copy-button'].map(
      (name) => `@awesome.me/webawesome/dist/components/${name}/${name}.js`
    ),
    card: '@awesome.me/webawesome/dist/components/card/card.js',
    css: '@awesome.me/webawesome/dist/styles/themes/default.css'
  },
  {
    id: 'material',
    label: 'Material Web 2',
    package: '@material/web',
    modules: [
      'labs/card/outlined-card',
      'checkbox/checkbox',
      'progress/linear-progress',
      'textfield/outlined-text-field',
      'select/outlined-select',
      'select/select-option',
      'button/filled-button',
      'button/text-button'
    ].map((path) => `@material/web/${path}.js`),
    card: '@material/web/labs/card/outlined-card.js',
    css: undefined
  }
];
