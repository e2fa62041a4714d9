export * from './types.js';
export {indicators, getIndicator} from './indicators.js';
export {keyMessages, milestones, getKeyMessage} from './key-messages.js';
export {series, getSeries} from './series.js';
export {sources, getSource} from './sources.js';
