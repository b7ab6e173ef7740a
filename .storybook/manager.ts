import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Onward Elements',
    brandUrl: './',
    brandImage: './onward-logo.svg',
    brandTarget: '_self'
  })
});

// The manager writes "<story> ⋅ Storybook" into the tab title; a reviewer's tabs should name the kit instead.
const title = document.querySelector('title');
const nameTheKit = () => {
  const renamed = document.title.replace(/Storybook$/, 'Onward Elements');
  if (renamed !== document.title) document.title = renamed;
};
if (title) new MutationObserver(nameTheKit).observe(title, { childList: true, characterData: true, subtree: true });
nameTheKit();
