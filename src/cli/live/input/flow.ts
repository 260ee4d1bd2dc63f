import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../../input-error.js';

export type FlowAction = 'goto' | 'click' | 'fill' | 'select' | 'waitFor' | 'scan';

/** One normalised step: `target` is a URL (goto), a Playwright selector, a scan name or a wait in ms. */
export interface FlowStep {
  action: FlowAction;
  target: string;
  value?: string;
}

export interface Flow {
  name: string;
  steps: FlowStep[];
}

const ACTIONS: FlowAction[] = ['goto', 'click', 'fill', 'select', 'waitFor', 'scan'];
const NEEDS_VALUE: FlowAction[] = ['fill', 'select'];

function stepOf(raw: unknown, where: string): FlowStep {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${where}: expected an object such as {"click": "#buy"}`);
  const keys = Object.keys(raw);
  const actions = keys.filter((key) => ACTIONS.includes(key as FlowAction)) as FlowAction[];
  if (actions.length !== 1) {
    throw new InputError(`${where}: expected exactly one of ${ACTIONS.join(', ')}, got ${keys.map((k) => `"${k}"`).join(', ') || 'none'}`);
  }
  const action = actions[0]!;
  const extra = keys.find((key) => key !== action && !(key === 'value' && NEEDS_VALUE.includes(action)));
  if (extra) throw new InputError(`${where} (${action}): unknown key "${extra}"`);
  const record = raw as Record<string, unknown>;
  const target = record[action];
  const scanName = action === 'scan' && target === true;
  const wait = action === 'waitFor' && typeof target === 'number' && target >= 0 && target <= 600_000;
  if (!scanName && !wait && (typeof target !== 'string' || target.trim() === '')) {
    throw new InputError(`${where} (${action}): needs a non-empty string${action === 'waitFor' ? ' (selector) or a number of ms' : ''}`);
  }
  if (NEEDS_VALUE.includes(action) && typeof record.value !== 'string') throw new InputError(`${where} (${action}): needs "value" (a string)`);
  return { action, target: scanName ? '' : String(target), ...(typeof record.value === 'string' ? { value: record.value } : {}) };
}

/** Checks a parsed flow document; every error names the file and step. */
export function validateFlow(document: unknown, file: string): Flow {
  const rawSteps = Array.isArray(document) ? document : (document as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(rawSteps) || rawSteps.length === 0) throw new InputError(`${file}: expected {"steps": [ … ]} or a list of steps`);
  const steps = rawSteps.map((raw, index) => stepOf(raw, `${file}: step ${index + 1}`));
  if (!steps.some((step) => step.action === 'scan')) throw new InputError(`${file}: no "scan" step, so nothing would be audited`);
  const named = (document as { name?: unknown }).name;
  return { name: typeof named === 'string' && named.trim() ? named.trim() : basename(file, '.json'), steps };
}

export async function loadFlow(file: string): Promise<Flow> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read flow (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return validateFlow(document, file);
}
