export * from './types.js';
export {indicators, getIndicator} from './indicators.js';
