/** Registers `ts-hooks.mjs` in the SSR worker (`litSsrPlugin({ workerInitModules })`), before the elements load. */
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
