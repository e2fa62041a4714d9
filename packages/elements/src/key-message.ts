// First: before Lit loads.
import './internal/lit-globals.js';
import {define} from './internal/define.js';
import {MwfaKeyMessage} from './key-message/key-message.js';

export {MwfaKeyMessage};

define('mwfa-key-message', MwfaKeyMessage);

declare global {
  interface HTMLElementTagNameMap {
    'mwfa-key-message': MwfaKeyMessage;
  }
}
