import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='base'] {
    margin: 0;
    padding: 1rem;
    border: 1px solid #ccc;
  }
  [part='value'] {
    display: block;
    font-size: 2rem;
    font-weight: 700;
  }
`;
