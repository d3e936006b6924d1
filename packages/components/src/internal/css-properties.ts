import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`element.style.setProperty`), every render.
 * Lit's `styleMap` writes a `style` attribute on its first render, which a Content-Security-Policy without
 * `'unsafe-inline'` in `style-src` blocks; this never writes the attribute. Use as an element binding:
 * `<div ${cssProperties({ '--_percent': '40%' })}>`.
 */
class CssPropertiesDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('cssProperties() binds to an element, not to an attribute or a child');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
