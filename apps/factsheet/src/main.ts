// Hydration support first: it must be installed before LitElement is defined, so that
// prerendered elements adopt their declarative shadow roots instead of rendering anew.
import '@mwfa/elements/hydrate.js';
import {hydrateInBatches} from './defer-hydration.js';
import '@mwfa/elements';

void hydrateInBatches();
