// First: before Lit loads.
import './internal/lit-globals.js';
import {define} from './internal/define.js';
import {MwfaStatCard} from './stat-card/stat-card.js';

export {MwfaStatCard};

define('mwfa-stat-card', MwfaStatCard);

declare global {
  interface HTMLElementTagNameMap {
    'mwfa-stat-card': MwfaStatCard;
  }
}
