export * from './types.js';
export {version, packageName} from './version.js';
export {indicators, getIndicator, requireIndicator} from './indicators.js';
export {
  keyMessages,
  milestones,
  getKeyMessage,
  requireKeyMessage,
  getMilestone,
  requireMilestone,
} from './key-messages.js';
export {series, getSeries, requireSeries} from './series.js';
export {contextFigures, getContextFigure, requireContextFigure} from './context-figures.js';
export {claimChecks, getClaimCheck} from './claims.js';
export {sources, getSource, requireSource} from './sources.js';
export {closeMatches} from './close-matches.js';
