// First: before Lit loads.
import './internal/lit-globals.js';
import {define} from './internal/define.js';
import {MwfaValue} from './value/value.js';

export {MwfaValue};

define('mwfa-value', MwfaValue);

declare global {
  interface HTMLElementTagNameMap {
    'mwfa-value': MwfaValue;
  }
}
