import type { SVGTemplateResult } from 'lit';
import * as SET from './icon-set.js';

/**
 * The icon set by name, for `<sugam-icon name>` and other components that take an icon name. Components that draw a
 * fixed icon import it from `./icon-set.js` instead (`import * as ICONS`), so they do not carry the whole set.
 */
export const ICONS = {
  'chevron-down': SET.chevronDown,
  'chevron-up': SET.chevronUp,
  'chevron-start': SET.chevronStart,
  'chevron-end': SET.chevronEnd,
  'first-page': SET.firstPage,
  'last-page': SET.lastPage,
  'arrow-start': SET.arrowStart,
  'arrow-end': SET.arrowEnd,
  'arrow-up': SET.arrowUp,
  'arrow-down': SET.arrowDown,
  sort: SET.sort,
  close: SET.close,
  check: SET.check,
  plus: SET.plus,
  minus: SET.minus,
  menu: SET.menu,
  search: SET.search,
  'more-horizontal': SET.moreHorizontal,
  'more-vertical': SET.moreVertical,
  info: SET.info,
  success: SET.success,
  warning: SET.warning,
  error: SET.error,
  help: SET.help,
  'external-link': SET.externalLink,
  link: SET.link,
  home: SET.home,
  globe: SET.globe,
  accessibility: SET.accessibility,
  person: SET.person,
  mail: SET.mail,
  phone: SET.phone,
  location: SET.location,
  calendar: SET.calendar,
  upload: SET.upload,
  download: SET.download,
  file: SET.file,
  print: SET.print,
  star: SET.star,
  eye: SET.eye,
  pause: SET.pause,
  play: SET.play,
  speak: SET.speak,
  image: SET.image,
  'text-size': SET.textSize,
  contrast: SET.contrast,
  filter: SET.filter,
} satisfies Record<string, () => SVGTemplateResult>;

export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as IconName[];

/**
 * Icons that point along the reading direction: they mirror under `dir="rtl"` (the "start" chevron points right
 * in Urdu). Components mirror them with the `.mirror` rule of `iconStyles`, or `<sugam-icon>` does it itself.
 */
export const DIRECTIONAL_ICONS: ReadonlySet<IconName> = new Set<IconName>([
  'chevron-start',
  'chevron-end',
  'first-page',
  'last-page',
  'arrow-start',
  'arrow-end',
]);
