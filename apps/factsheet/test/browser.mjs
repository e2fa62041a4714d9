// Debian's Chromium through playwright-core, with the flags this machine needs.
import {chromium} from 'playwright-core';
import {launchOptions} from '../../../.scripts/chromium.mjs';

export function launch() {
  return chromium.launch(launchOptions);
}

/** Sums every layout shift the page reports (Layout Instability API), from navigation on. */
export function trackLayoutShifts() {
  window.__mwfaShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__mwfaShifts.push({
        value: entry.value,
        sources: entry.sources.map((source) => {
          const node = source.node;
          if (!node || node.nodeType !== 1) return node?.nodeName ?? '?';
          const id = node.getAttribute('indicator') || node.getAttribute('series') || node.id;
          return `${node.localName}${id ? `[${id}]` : ''}`;
        }),
      });
    }
  }).observe({type: 'layout-shift', buffered: true});
}
