import { ariaSwitch } from './aria-switch';
import { hiddenInput } from './hidden-input';
import { nativeCheckbox } from './native-checkbox';
import { radioPair } from './radio-pair';
import { select } from './select';
import type { Widget } from './widget';
import type { WidgetKind } from './kinds';

/** Every control kind, in the order their candidates are reported within a scope. */
export const WIDGETS: readonly Widget[] = [nativeCheckbox, select, ariaSwitch, radioPair, hiddenInput];

const BY_KIND = new Map(WIDGETS.map((widget) => [widget.kind, widget]));
export const widgetOf = (kind: WidgetKind): Widget => BY_KIND.get(kind)!;

export type { Widget } from './widget';
