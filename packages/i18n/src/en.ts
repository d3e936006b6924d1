/**
 * The library's English strings, one export per component group (`button`, `field`, `validation`, …), so that a
 * page's bundle carries only the English of the components it uses. Each component registers its groups with
 * `registerStrings({ button })`. The whole catalogue stays one file, `locales/en/sugam.json`, which translators
 * and tools read; `import * as en from '@sugam/i18n/en'` gives all of it.
 */
export {
  button,
  common,
  field,
  textField,
  validation,
  counter,
  pagination,
  textarea,
  slider,
  errorSummary,
  switchControl,
  select,
  combobox,
  dateField,
  timeField,
  amountField,
  dateRange,
  fileUpload,
  identity,
  aadhaarField,
  otpField,
  feedback,
  languageSwitcher,
  stepper,
  footer,
  breadcrumb,
  skipLink,
  identityBar,
  header,
  link,
  table,
  avatar,
  a11yToolbar,
  toggletip,
  tabs,
} from '../locales/en/sugam.json';
