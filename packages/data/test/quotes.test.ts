import {describe, expect, it} from 'vitest';
import {indicators, keyMessages, milestones} from '@mwfa/data';
import {withSourceFile} from './source.js';

/** The note as the quotes read it: `\$` is an extraction artefact for `$`; whitespace collapsed. */
function normalise(text: string): string {
  return text.replaceAll('\\$', '$').replace(/\s+/g, ' ').trim();
}

const quotes = [
  ...indicators.map((i) => [`indicator ${i.id}`, i.provenance.quote] as const),
  ...keyMessages.map((m) => [`key message ${m.id}`, m.quote] as const),
  ...milestones.map((m) => [`milestone ${m.id}`, m.provenance.quote] as const),
];

withSourceFile('background-note-1.txt', 'quotes in the background note', (text) => {
  describe('quotes in the background note', () => {
    const note = normalise(text);
    for (const [what, quote] of quotes) {
      it(`${what}: quote is verbatim in the note`, () => {
        expect(note).toContain(normalise(quote));
      });
    }

    it('a quote the note does not contain is not found (the check can fail)', () => {
      expect(note).not.toContain(
        normalise('There are 260 million international migrants worldwide'),
      );
    });
  });
});
