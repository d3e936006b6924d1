import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/side-nav';
import type { SugamSideNav } from '@sugam/components/side-nav';

type Args = Pick<SugamSideNav, 'label'>;

const meta: Meta<Args> = {
  title: 'Page chrome/Side navigation',
  component: 'sugam-side-nav',
  args: { label: 'Services' },
  render: (args) =>
    html`<div style="max-inline-size: 20rem">
      <sugam-side-nav label=${args.label ?? ''}>
        <sugam-side-nav-item href="#overview" lang="en" dir="ltr">Overview</sugam-side-nav-item>
        <sugam-side-nav-group label="Certificates" lang="en" dir="ltr">
          <sugam-side-nav-item href="#birth" lang="en" dir="ltr">Birth certificate</sugam-side-nav-item>
          <sugam-side-nav-item href="#death" lang="en" dir="ltr" current>Death certificate</sugam-side-nav-item>
          <sugam-side-nav-group label="Corrections" lang="en" dir="ltr">
            <sugam-side-nav-item href="#name" lang="en" dir="ltr">Change of name</sugam-side-nav-item>
            <sugam-side-nav-item href="#dob" lang="en" dir="ltr">Date of birth</sugam-side-nav-item>
          </sugam-side-nav-group>
        </sugam-side-nav-group>
        <sugam-side-nav-group label="Licences" lang="en" dir="ltr">
          <sugam-side-nav-item href="#trade" lang="en" dir="ltr">Trade licence</sugam-side-nav-item>
          <sugam-side-nav-item href="#shop" lang="en" dir="ltr">Shops and establishments</sugam-side-nav-item>
        </sugam-side-nav-group>
        <sugam-side-nav-item href="#grievances" lang="en" dir="ltr">Grievances</sugam-side-nav-item>
      </sugam-side-nav>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The group holding the current page ("Death certificate") is open; Enter or Space opens and closes a group. The
 * current page has a bar at the start edge and bold text (it does not rely on colour).
 */
export const Playground: Story = {};

/** A flat list of the pages of one section. */
export const Flat: Story = {
  render: () =>
    html`<div style="max-inline-size: 20rem">
      <sugam-side-nav label="About us">
        <sugam-side-nav-item href="#who" lang="en" dir="ltr">Who we are</sugam-side-nav-item>
        <sugam-side-nav-item href="#functions" lang="en" dir="ltr" current>Functions and duties</sugam-side-nav-item>
        <sugam-side-nav-item href="#organisation" lang="en" dir="ltr">Organisation chart</sugam-side-nav-item>
        <sugam-side-nav-item href="#citizens-charter" lang="en" dir="ltr">Citizen's charter</sugam-side-nav-item>
      </sugam-side-nav>
    </div>`,
};

/** Hindi page names, each marked with its `lang`. */
export const Hindi: Story = {
  render: () =>
    html`<div style="max-inline-size: 20rem">
      <sugam-side-nav label="सेवाएँ" lang="hi" dir="ltr">
        <sugam-side-nav-item href="#overview">अवलोकन</sugam-side-nav-item>
        <sugam-side-nav-group label="प्रमाण पत्र" open>
          <sugam-side-nav-item href="#birth" current>जन्म प्रमाण पत्र</sugam-side-nav-item>
          <sugam-side-nav-item href="#death">मृत्यु प्रमाण पत्र</sugam-side-nav-item>
        </sugam-side-nav-group>
        <sugam-side-nav-item href="#grievances">शिकायतें</sugam-side-nav-item>
      </sugam-side-nav>
    </div>`,
};
