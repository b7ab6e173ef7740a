// Vue's browser build (runtime + template compiler) ships without types of its own: it has Vue's API.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
