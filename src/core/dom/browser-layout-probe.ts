import type { LayoutProbe } from '../types';

/**
 * Real layout, for hosts that have it (the extension, headless Chromium): `checkVisibility`
 * sees display, visibility and content-visibility through every ancestor.
 */
export const browserLayoutProbe: LayoutProbe = {
  isRendered(element) {
    const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
    return typeof check === 'function' ? check.call(element, { visibilityProperty: true }) : undefined;
  },
};
