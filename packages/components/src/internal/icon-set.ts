import { svg, type SVGTemplateResult } from 'lit';

// Sugam's bundled icons, one export each: 24 × 24 filled paths drawn for this library. Each is a function (a pure
// declaration), so a bundler keeps only the icons a page's components draw; `import * as ICONS` and call
// `ICONS.close()` inside an `<svg viewBox="0 0 24 24">`. The templates are static: no icon can carry markup in.

export const chevronDown = (): SVGTemplateResult => svg`<path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z" />`;
export const chevronUp = (): SVGTemplateResult => svg`<path d="M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z" />`;
export const chevronStart = (): SVGTemplateResult => svg`<path d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z" />`;
export const chevronEnd = (): SVGTemplateResult => svg`<path d="M8.6 16.6 13.2 12 8.6 7.4 10 6l6 6-6 6z" />`;
export const firstPage = (): SVGTemplateResult =>
  svg`<path d="M18.4 16.6 13.8 12l4.6-4.6L17 6l-6 6 6 6zM6 6h2v12H6z" />`;
export const lastPage = (): SVGTemplateResult =>
  svg`<path d="M5.6 7.4 10.2 12l-4.6 4.6L7 18l6-6-6-6zM16 6h2v12h-2z" />`;
export const arrowStart = (): SVGTemplateResult =>
  svg`<path d="M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z" />`;
export const arrowEnd = (): SVGTemplateResult => svg`<path d="M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4z" />`;
export const arrowUp = (): SVGTemplateResult => svg`<path d="M11 20V7.8l-5.6 5.6L4 12l8-8 8 8-1.4 1.4L13 7.8V20z" />`;
export const arrowDown = (): SVGTemplateResult =>
  svg`<path d="M13 4v12.2l5.6-5.6L20 12l-8 8-8-8 1.4-1.4 5.6 5.6V4z" />`;
export const sort = (): SVGTemplateResult => svg`<path d="M12 4 7 9h10zm0 16 5-5H7z" />`;
export const close = (): SVGTemplateResult =>
  svg`<path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z" />`;
export const check = (): SVGTemplateResult => svg`<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />`;
export const plus = (): SVGTemplateResult => svg`<path d="M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z" />`;
export const minus = (): SVGTemplateResult => svg`<path d="M19 13H5v-2h14z" />`;
export const menu = (): SVGTemplateResult => svg`<path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />`;
export const search = (): SVGTemplateResult =>
  svg`<path d="M9.5 3a6.5 6.5 0 0 1 5.3 10.2l6 6-1.6 1.6-6-6A6.5 6.5 0 1 1 9.5 3zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z" />`;
export const moreHorizontal = (): SVGTemplateResult =>
  svg`<path d="M6 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4z" />`;
export const moreVertical = (): SVGTemplateResult =>
  svg`<path d="M12 4a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z" />`;
export const info = (): SVGTemplateResult =>
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z" />`;
export const success = (): SVGTemplateResult =>
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9z" />`;
export const warning = (): SVGTemplateResult => svg`<path d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z" />`;
export const error = (): SVGTemplateResult =>
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z" />`;
export const help = (): SVGTemplateResult =>
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2v2zm2.1-7.8-.9.9c-.7.8-1.2 1.4-1.2 2.9h-2v-.5c0-1.1.4-2.1 1.2-2.8l1.2-1.3a2 2 0 1 0-3.4-1.4H8a4 4 0 1 1 8 0c0 .9-.4 1.7-.9 2.2z" />`;
export const externalLink = (): SVGTemplateResult =>
  svg`<path d="M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-7h-2v7zM14 3v2h3.6l-9.8 9.8 1.4 1.4L19 6.4V10h2V3h-7z" />`;
export const link = (): SVGTemplateResult =>
  svg`<path d="M3.9 12A3.1 3.1 0 0 1 7 8.9h4V7H7a5 5 0 0 0 0 10h4v-1.9H7A3.1 3.1 0 0 1 3.9 12zM8 13h8v-2H8v2zm9-6h-4v1.9h4a3.1 3.1 0 1 1 0 6.2h-4V17h4a5 5 0 0 0 0-10z" />`;
export const home = (): SVGTemplateResult => svg`<path d="M12 3 2 12h3v8h6v-6h2v6h6v-8h3z" />`;
export const globe = (): SVGTemplateResult =>
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3zm.8 2h3a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.4-3.6C8.8 5.6 8.4 6.8 8.1 8zM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4z" />`;
export const accessibility = (): SVGTemplateResult =>
  svg`<path d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2z" />`;
export const person = (): SVGTemplateResult =>
  svg`<path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.7 0-8 1.3-8 4v2h16v-2c0-2.7-5.3-4-8-4z" />`;
export const mail = (): SVGTemplateResult =>
  svg`<path d="M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z" />`;
export const phone = (): SVGTemplateResult =>
  svg`<path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2z" />`;
export const location = (): SVGTemplateResult =>
  svg`<path d="M12 2a7 7 0 0 0-7 7c0 5.3 7 13 7 13s7-7.7 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z" />`;
export const calendar = (): SVGTemplateResult =>
  svg`<path d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2zm12 8H5v9h14v-9zM7 12h2v2H7v-2zm4 0h2v2h-2v-2zm4 0h2v2h-2v-2z" />`;
export const upload = (): SVGTemplateResult =>
  svg`<path d="M11 16V7.8l-2.6 2.6L7 9l5-5 5 5-1.4 1.4L13 7.8V16h-2zm-6 4a2 2 0 0 1-2-2v-3h2v3h14v-3h2v3a2 2 0 0 1-2 2H5z" />`;
export const download = (): SVGTemplateResult =>
  svg`<path d="M12 16 7 11l1.4-1.4 2.6 2.6V4h2v8.2l2.6-2.6L17 11l-5 5zm-7 4a2 2 0 0 1-2-2v-3h2v3h14v-3h2v3a2 2 0 0 1-2 2H5z" />`;
export const file = (): SVGTemplateResult =>
  svg`<path d="M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm7 1.5V9h5.5L13 3.5z" />`;
export const print = (): SVGTemplateResult =>
  svg`<path d="M19 8H5a3 3 0 0 0-3 3v6h4v4h12v-4h4v-6a3 3 0 0 0-3-3zm-3 11H8v-5h8v5zm3-7a1 1 0 1 1 0-2 1 1 0 0 1 0 2zM18 3H6v4h12z" />`;
export const star = (): SVGTemplateResult =>
  svg`<path d="M12 17.3 18.2 21l-1.6-7L22 9.2l-7.2-.6L12 2 9.2 8.6 2 9.2 7.5 14l-1.7 7z" />`;
export const eye = (): SVGTemplateResult =>
  svg`<path d="M12 5C7 5 2.7 8.1 1 12.5 2.7 16.9 7 20 12 20s9.3-3.1 11-7.5C21.3 8.1 17 5 12 5zm0 12.5a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />`;
export const pause = (): SVGTemplateResult => svg`<path d="M6 19h4V5H6v14zm8-14v14h4V5h-4z" />`;
export const play = (): SVGTemplateResult => svg`<path d="M8 5v14l11-7z" />`;
export const speak = (): SVGTemplateResult =>
  svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />`;
export const image = (): SVGTemplateResult =>
  svg`<path d="M21 19V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2zM8.5 13.5l2.5 3 3.5-4.5 4.5 6H5l3.5-4.5z" />`;
export const textSize = (): SVGTemplateResult => svg`<path d="M9 4v3h5v12h3V7h5V4H9zm-6 8h3v7h3v-7h3V9H3v3z" />`;
export const contrast = (): SVGTemplateResult =>
  svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18V4a8 8 0 0 1 0 16z" />`;
export const filter = (): SVGTemplateResult => svg`<path d="M10 18h4v-2h-4v2zM3 6v2h18V6H3zm3 7h12v-2H6v2z" />`;

/** The icon of a message's tone: info, success, warning or error (alerts, toasts, field messages). */
export const statusIcon = (tone: 'info' | 'success' | 'warning' | 'error'): SVGTemplateResult =>
  tone === 'success' ? success() : tone === 'warning' ? warning() : tone === 'error' ? error() : info();
