import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {keyMessages} from '@mwfa/data/key-messages';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '@mwfa/elements/key-message.js';
import '@mwfa/elements/value.js';
import '../shared/gallery.css';

interface KeyMessageArgs {
  message?: string;
  kind?: string;
  attribution?: string;
  theme?: string;
  lang?: string;
  dir?: string;
}

type Story = StoryObj<KeyMessageArgs>;

const KINDS = ['call', 'warning', 'recommendation', 'commitment', 'finding'];

const keyMessage = (args: KeyMessageArgs) =>
  html`<mwfa-key-message
    message=${ifDefined(args.message || undefined)}
    kind=${ifDefined(args.kind || undefined)}
    attribution=${ifDefined(args.attribution || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
  ></mwfa-key-message>`;

const callouts = (ids: readonly string[]) =>
  html`<ul class="mwfa-gallery mwfa-gallery--wide" aria-label="Key messages">
    ${ids.map(
      (id) => html`<li>${keyMessage({message: id})}<code dir="ltr">message="${id}"</code></li>`,
    )}
  </ul>`;

const meta: Meta<KeyMessageArgs> = {
  title: 'Elements/Key message',
  component: 'mwfa-key-message',
  tags: ['autodocs'],
  render: keyMessage,
  args: {message: 'xenophobic-narratives'},
  argTypes: {
    message: {control: 'select', options: ['', ...keyMessages.map((m) => m.id)]},
    kind: {control: 'select', options: ['', ...KINDS]},
  },
  parameters: {
    docs: {
      description: {
        component:
          'A key message of the report as a callout: the quote, where it stands in the report, its kind (call, warning, recommendation, commitment, finding) in words, and the figures that support it. Give it a `message` id from `@mwfa/data` (see <a href="./?path=/story/data-figures--all-key-messages" target="_top">Figures › All key messages</a>), or write your own message inside it.',
      },
    },
  },
};

export default meta;

/** Every attribute as a control. */
export const Playground: Story = {};

/** One callout per kind the data uses (call, warning, recommendation, commitment, finding). */
export const Kinds: Story = {
  render: () => {
    const first = new Map<string, string>();
    for (const message of keyMessages) {
      if (!first.has(message.kind)) first.set(message.kind, message.id);
    }
    return callouts([...first.values()]);
  },
};

/** Messages the data links to figures show them, formatted as the stat card does. */
export const WithFigures: Story = {
  render: () => callouts(keyMessages.filter((m) => m.indicators.length > 0).map((m) => m.id)),
};

export const Dark: Story = {
  globals: {scheme: 'dark'},
  render: () => callouts(['xenophobic-narratives', 'overwhelming-evidence']),
};

/** Forced-colour modes (Windows High Contrast): system colours, the kind still in words. */
export const ForcedColors: Story = {
  tags: ['forced-colors'],
  render: () => callouts(['xenophobic-narratives', 'overwhelming-evidence']),
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: {lang: 'ar', dir: 'rtl'},
  render: () => callouts(['overwhelming-evidence']),
};

const inLanguage: Story = {render: () => callouts(['overwhelming-evidence'])};

export const Arabic: Story = {...inLanguage, name: 'العربية (ar)', globals: {lang: 'ar'}};
export const Chinese: Story = {...inLanguage, name: '中文 (zh)', globals: {lang: 'zh'}};
export const English: Story = {...inLanguage, name: 'English (en)', globals: {lang: 'en'}};
export const French: Story = {...inLanguage, name: 'Français (fr)', globals: {lang: 'fr'}};
export const Spanish: Story = {...inLanguage, name: 'Español (es)', globals: {lang: 'es'}};
export const Russian: Story = {...inLanguage, name: 'Русский (ru)', globals: {lang: 'ru'}};

/** The page's own message, with a figure of the report bound inside it by `<mwfa-value>`. */
export const CustomMessage: Story = {
  render: () =>
    html`<mwfa-key-message kind="call" attribution="Our city council, 2024">
      <p>
        With <mwfa-value indicator="international-migrants">258 million</mwfa-value> international
        migrants worldwide, our city commits to welcoming newcomers fairly.
      </p>
    </mwfa-key-message>`,
};

/**
 * Bad input never throws: the callout says the message is not available, and the console gets
 * one warning naming the element, the attribute and the value:
 *
 * `<mwfa-key-message>: message="xenophobic-narrative" is not a key message in @mwfa/data; did you mean "xenophobic-narratives"?`
 */
export const UnknownMessage: Story = {args: {message: 'xenophobic-narrative'}};

/**
 * The message keeps its own kind:
 *
 * `<mwfa-key-message>: kind="advice" is not one of call, warning, recommendation, commitment, finding.`
 */
export const BadKind: Story = {args: {message: 'rule-of-law', kind: 'advice'}};

/**
 * Neither a message id nor a message written inside:
 *
 * `<mwfa-key-message>: message is missing: set message, or write the message inside the element.`
 */
export const NothingSet: Story = {args: {message: ''}};
