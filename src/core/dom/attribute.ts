/** An attribute's value, or '' where the element has none. */
export const attributeOf = (element: Element, name: string): string => element.getAttribute(name) ?? '';
