/**
 * Connects every `onward-*` event to the Actions panel. The names come from `parameters.actions.handles`, which
 * preview.ts fills from the manifest, so a new event shows up without a list to keep. Storybook's own `withActions`
 * logs the event object, whose `detail` does not survive the trip to the panel; this logs the detail itself.
 */
import { action } from 'storybook/actions';
import type { Decorator } from '@storybook/web-components-vite';
import { useEffect } from 'storybook/preview-api';
import { connectActions, type ActionLog } from './connect-actions.js';

const toPanel: ActionLog = (name, detail) => action(name)(detail);

export const withOnwardActions: Decorator = (story, context) => {
  const handles = (context.parameters.actions as { handles?: string[] } | undefined)?.handles ?? [];
  const root = context.canvasElement as HTMLElement | undefined;
  useEffect(() => (root ? connectActions(root, handles, toPanel) : undefined), [root, handles.join()]);
  return story();
};
