// The set the benchmark measures: what a page with text fields, checkboxes and buttons ships.
import '@sugam/components/text-field';
import '@sugam/components/checkbox';
import '@sugam/components/button';
import { loadLocale } from '@sugam/i18n';

(window as unknown as { sugamBench: unknown }).sugamBench = { loadLocale };
