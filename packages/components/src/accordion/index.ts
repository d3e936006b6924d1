import { define } from '../internal/define.js';
import { SugamAccordion } from './accordion.js';
import { SugamAccordionItem } from './accordion-item.js';

export * from './accordion.js';
export { SugamAccordionItem, type AccordionToggleDetail } from './accordion-item.js';

define('sugam-accordion', SugamAccordion);
define('sugam-accordion-item', SugamAccordionItem);
