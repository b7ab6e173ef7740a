/** Shared English strings; registered by the locale layer, composed into `../en.ts`. */
export const commonStrings = {
  'common.copy': 'Copy',
  'common.copied': 'Copied.',
  'common.copyFailed': 'Could not copy. The text is selected, so you can copy it yourself.',
  'common.dateInvalid': 'Please enter a full, real date between {minYear} and {maxYear}, or clear this field.',
  'common.storageUnavailable':
    'Your progress can’t be saved on this device, but it stays here while this page is open.',
  'common.storageDiscarded': 'Your saved progress couldn’t be read, so this starts fresh. New changes will be saved.'
};
