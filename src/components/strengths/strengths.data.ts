import { wellFormed } from '../../core/text.js';
import { STRENGTH_COUNT, STRENGTH_PROMPTS } from './strengths.types.js';

/** Longest strength a field accepts, and that a stored record may hold. */
export const MAX_STRENGTH_LENGTH = 1000;

/** What the strengths element stores: the three texts, and which prompt each field shows. */
export interface StrengthsState {
  texts: string[];
  prompts: number[];
}

/** The prompts each field starts with: the first three of the pool. */
export function defaultPrompts(): number[] {
  return Array.from({ length: STRENGTH_COUNT }, (_, index) => index);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function readPrompts(value: unknown): number[] {
  if (!Array.isArray(value) || value.length !== STRENGTH_COUNT) return defaultPrompts();
  const valid = value.every((index) => Number.isInteger(index) && index >= 0 && index < STRENGTH_PROMPTS.length);
  return valid && new Set(value).size === STRENGTH_COUNT ? (value as number[]).slice() : defaultPrompts();
}

/** Turns a stored record into trusted state; `undefined` when it is not usable. Never throws. */
export function readStrengths(data: unknown): StrengthsState | undefined {
  if (!isRecord(data)) return undefined;
  const texts = own(data, 'texts');
  if (!Array.isArray(texts)) return undefined;
  return {
    texts: Array.from({ length: STRENGTH_COUNT }, (_, index) => {
      const text: unknown = texts[index];
      return typeof text === 'string' ? wellFormed(text.slice(0, MAX_STRENGTH_LENGTH)) : '';
    }),
    prompts: readPrompts(own(data, 'prompts'))
  };
}

/** The next prompt for one field: the following prompt in the pool that no other field is showing. Deterministic. */
export function nextPrompt(prompts: readonly number[], field: number): number {
  const pool = STRENGTH_PROMPTS.length;
  const current = prompts[field];
  for (let step = 1; step < pool; step += 1) {
    const candidate = (current + step) % pool;
    if (!prompts.some((prompt, other) => other !== field && prompt === candidate)) return candidate;
  }
  return current;
}

/** The strengths that have something written in them, trimmed, in field order. */
export function writtenStrengths(texts: readonly string[]): string[] {
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}
