import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { DIRECTIONAL_ICONS, ICONS, type IconName } from './icons.js';

/**
 * The `<svg>` of a bundled icon: decorative (the element around it names it), in the text colour, with class
 * `mirror` on the icons that point along the reading direction (the component's styles flip those in RTL).
 */
export function iconSvg(name: IconName, part: string, className: string) {
  return html`<svg
    part=${part}
    class=${classMap({ [className]: true, mirror: DIRECTIONAL_ICONS.has(name) })}
    viewBox="0 0 24 24"
    fill="currentColor"
    aria-hidden="true"
    focusable="false"
  >
    ${ICONS[name]()}
  </svg>`;
}
