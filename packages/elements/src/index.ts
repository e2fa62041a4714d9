export * from './stat-card.js';
export * from './value.js';
export * from './key-message.js';
export * from './trend-chart.js';
