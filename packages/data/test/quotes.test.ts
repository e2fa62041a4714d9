import {describe, expect, it} from 'vitest';
import {indicators, keyMessages, milestones} from '@mwfa/data';
import {withSourceFile} from './source.js';

/** The note as the quotes read it: `\$` is an extraction artefact for `$`; whitespace collapsed. */
function normalise(text: string): string {
  return text.replaceAll('\\$', '$').replace(/\s+/g, ' ').trim();
}

const quotes = [
  ...indicators.map(
    (i) => [`indicator ${i.id}`, i.provenance.quote, i.provenance.locator] as const,
  ),
  ...keyMessages.map((m) => [`key message ${m.id}`, m.quote, m.locator] as const),
  ...milestones.map(
    (m) => [`milestone ${m.id}`, m.provenance.quote, m.provenance.locator] as const,
  ),
];

withSourceFile('background-note-1.txt', 'quotes in the background note', (text) => {
  describe('quotes in the background note', () => {
    const note = normalise(text);
    for (const [what, quote] of quotes) {
      it(`${what}: quote is verbatim in the note`, () => {
        expect(note).toContain(normalise(quote));
      });
    }

    // The note's sections are its questions, each a line of its own ending in "?".
    const lines = text.split(/\r?\n/).map((line) => line.trim());
    const headings = lines.filter((line) => line.endsWith('?'));
    /** The text under `heading`, up to the next heading. */
    const section = (heading: string) => {
      const start = lines.indexOf(heading);
      const next = lines.findIndex((line, n) => n > start && headings.includes(line));
      return normalise(lines.slice(start + 1, next === -1 ? undefined : next).join('\n'));
    };

    it('the note has the four question headings the locators name', () => {
      expect(headings).toHaveLength(4);
    });

    for (const [what, quote, locator] of quotes) {
      it(`${what}: its locator is the heading the quote stands under`, () => {
        expect(headings).toContain(locator);
        expect(section(locator)).toContain(normalise(quote));
      });
    }

    it('a quote the note does not contain is not found (the check can fail)', () => {
      expect(note).not.toContain(
        normalise('There are 260 million international migrants worldwide'),
      );
    });
  });
});
