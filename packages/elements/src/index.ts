export * from './stat-card.js';
