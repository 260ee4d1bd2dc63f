/** The kind of markup behind a control: one adapter each in this folder, listed in `index.ts`. */
export type WidgetKind = 'native-checkbox' | 'radio-pair' | 'select' | 'aria-switch' | 'hidden-input';
