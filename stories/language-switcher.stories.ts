import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/language-switcher';
import '@sugam/components/button';
import '@sugam/components/text-field';
import type { SugamLanguageSwitcher } from '@sugam/components/language-switcher';

type Args = Pick<SugamLanguageSwitcher, 'variant' | 'locales' | 'showEnglish' | 'hrefTemplate' | 'label'>;

/** A region the switcher switches in the catalogue, so trying it does not change the toolbar's language. */
const region = html`<section
  id="demo-region"
  style="display: grid; gap: 12px; margin-block-start: 16px; max-inline-size: 24rem"
>
  <sugam-button loading>Save</sugam-button>
  <sugam-text-field type="password" label="Password"></sugam-text-field>
</section>`;

const meta: Meta<Args> = {
  title: 'Page chrome/Language switcher',
  component: 'sugam-language-switcher',
  args: {
    variant: 'menu',
    locales: 'en,hi,ta,ur',
    showEnglish: false,
    hrefTemplate: undefined,
    label: undefined,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['menu', 'inline'] },
    locales: { control: 'text' },
    hrefTemplate: { control: 'text' },
    label: { control: 'text' },
  },
  render: (args) =>
    html`<sugam-language-switcher
        variant=${args.variant}
        locales=${ifDefined(args.locales || undefined)}
        href-template=${ifDefined(args.hrefTemplate || undefined)}
        label=${ifDefined(args.label || undefined)}
        ?show-english=${args.showEnglish}
        target="demo-region"
      ></sugam-language-switcher
      >${region}`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Choose a language: the region below switches live (its `lang` and `dir`), the change is announced in the new
 * language, and focus stays on the switcher. Without `target`, the whole page (`<html>`) switches.
 */
export const Playground: Story = {};

/**
 * Every locale Sugam ships (the default list): the 22 scheduled languages and English, with Kashmiri, Manipuri and
 * Sindhi in both their scripts. Each name is in its own script and marked with its own `lang`.
 */
export const AllLanguages: Story = {
  args: { locales: '' },
};

/** The English name after each language's own name, for sites whose visitors may not read every script. */
export const WithEnglishNames: Story = {
  args: { locales: 'en,hi,ks,ks-Deva,mni,mni-Mtei,sd,sd-Deva', showEnglish: true },
};

/** The languages side by side; the current one is marked `aria-current` and underlined. */
export const Inline: Story = {
  args: { variant: 'inline', locales: 'en,hi,ta,ur' },
};

/** Many languages inline wrap onto more lines on a narrow screen. */
export const InlineAllLanguages: Story = {
  args: { variant: 'inline', locales: '' },
};

/**
 * One URL per language (`href-template="#{lang}"` here; a site would use `/{lang}/…`): the options are links with
 * `hreflang` and `lang`, and choosing one navigates.
 */
export const Links: Story = {
  args: { variant: 'inline', locales: 'en,hi,ta,ur', hrefTemplate: '#{lang}' },
};

/** The menu variant with links. */
export const MenuOfLinks: Story = {
  args: { variant: 'menu', locales: 'en,hi,ta,ur', hrefTemplate: '#{lang}' },
};

/** In a header bar: the switcher at the end, its menu lining up with the trigger's end edge. */
export const InAHeader: Story = {
  render: () =>
    html`<div
        style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between;
          padding: 8px 16px; border-block-end: 1px solid var(--sugam-color-border-default, #e5e5e5)"
      >
        <strong>Ministry of Example Affairs</strong>
        <sugam-language-switcher locales="en,hi,ta,ur" target="demo-region"></sugam-language-switcher>
      </div>
      ${region}`,
};
