/** The languages the kit ships, in the toolbar's order. */
export const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'fr', title: 'Français' },
  { value: 'de', title: 'Deutsch' },
  { value: 'pt-BR', title: 'Português (Brasil)' },
  { value: 'ar', title: 'العربية (right to left)' }
];
