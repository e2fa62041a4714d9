import {css} from 'lit';

/** Resets and helpers every element's shadow root needs. */
export const shared = css`
  p,
  blockquote,
  figure {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    /* Not copied with the visible text it repeats (Safari knows only the prefixed name). */
    -webkit-user-select: none;
    user-select: none;
  }
  /* A card or message is not split across two sheets, or two columns of a multi-column page. */
  [part='base'] {
    break-inside: avoid;
  }
  @media print {
    a[href]::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
