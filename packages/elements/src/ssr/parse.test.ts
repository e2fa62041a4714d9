import {describe, expect, it} from 'vitest';
import {
  MAX_ATTRIBUTES,
  MAX_DEPTH,
  MAX_LENGTH,
  MWFA_TAGS,
  SnippetError,
  endOfComment,
  parseElementAt,
  parseSnippet,
} from './parse.js';
import {ELEMENTS} from '../../scripts/elements.mjs';

const allow = {'mwfa-value': ['indicator', 'unit'], 'mwfa-stat-card': ['indicator']};

describe('MWFA_TAGS', () => {
  it('names every public element, so the renderer accepts each one', () => {
    expect([...MWFA_TAGS].sort()).toEqual(ELEMENTS.map(({tag}) => tag).sort());
  });
});

describe('parseSnippet limits', () => {
  it('refuses nesting deeper than MAX_DEPTH with a SnippetError, not a stack overflow', () => {
    expect(MAX_DEPTH).toBe(32);
    expect(() => parseSnippet('<mwfa-value>'.repeat(5000), allow)).toThrow(SnippetError);
    expect(() => parseSnippet('<mwfa-value>'.repeat(33), allow)).toThrow(/nested 33 deep/);
    expect(parseSnippet('<mwfa-value>'.repeat(32), allow)).toHaveLength(1);
  });

  it('refuses a snippet longer than MAX_LENGTH', () => {
    expect(MAX_LENGTH).toBe(1_000_000);
    const long = `<mwfa-value indicator="remittances">${'x'.repeat(MAX_LENGTH)}</mwfa-value>`;
    expect(() => parseSnippet(long, allow)).toThrow(SnippetError);
    expect(() => parseSnippet(long, allow)).toThrow(/at most 1000000/);
  });

  // 80,000 attributes in a megabyte took the renderer 16 s: each is checked against the others.
  it('refuses an element with more than MAX_ATTRIBUTES attributes', () => {
    expect(MAX_ATTRIBUTES).toBe(100);
    const attributes = (n: number) => Array.from({length: n}, (_, i) => ` data-a${i}`).join('');
    expect(parseSnippet(`<mwfa-value${attributes(100)}></mwfa-value>`, allow)).toHaveLength(1);
    expect(() => parseSnippet(`<mwfa-value${attributes(80_000)}></mwfa-value>`, allow)).toThrow(
      /more than 100 attributes/,
    );
  });
});

describe('what the browser would read otherwise', () => {
  // The browser ends the first link at the second: the served page would differ from the render.
  it('refuses a link inside a link', () => {
    const allowLinks = {'mwfa-stat-card': ['indicator']};
    expect(() =>
      parseSnippet(
        '<mwfa-stat-card><span slot="label"><a href="/a"><a href="/b">x</a></a></span></mwfa-stat-card>',
        allowLinks,
      ),
    ).toThrow(/<a> inside <a>/);
    expect(
      parseSnippet(
        '<mwfa-stat-card><span slot="label"><a href="/a">x</a> <a href="/b">y</a></span></mwfa-stat-card>',
        allowLinks,
      ),
    ).toHaveLength(1);
  });
});

describe('comments end where the browser ends them', () => {
  it('at "-->" or "--!>", and at once for "<!-->" and "<!--->"', () => {
    expect(endOfComment('<!-- a -->b', 0)).toBe(10);
    expect(endOfComment('<!-- a --!>b', 0)).toBe(11);
    expect(endOfComment('<!---->b', 0)).toBe(7);
    expect(endOfComment('x<!-->b-->', 1)).toBe(6);
    expect(endOfComment('<!--->b-->', 0)).toBe(6);
    expect(endOfComment('<!-- a', 0)).toBe(-1);
  });

  it('keeps the words after such a comment, which the browser shows', () => {
    const [value] = parseSnippet('<mwfa-value><!-->one<!-- x --!>two</mwfa-value>', allow);
    expect(value).toMatchObject({
      children: [
        {type: 'text', text: 'one'},
        {type: 'text', text: 'two'},
      ],
    });
  });
});

describe('the attribute allow-list fails closed', () => {
  it('refuses an attribute the list does not give the element', () => {
    expect(() => parseSnippet('<mwfa-value colour="red">', allow)).toThrow(
      '<mwfa-value> has no attribute "colour" (known: indicator, unit; and everywhere id, class, lang, dir, slot, title, hidden, aria-*, data-*).',
    );
  });

  it('lets an mwfa element carry defer-hydration, for a page that hydrates a few at a time', () => {
    expect(parseSnippet('<mwfa-stat-card indicator="remittances" defer-hydration>', allow)).toEqual(
      [
        {
          type: 'element',
          tag: 'mwfa-stat-card',
          attributes: [
            ['indicator', 'remittances'],
            ['defer-hydration', null],
          ],
          children: [],
        },
      ],
    );
    expect(() => parseSnippet('<span defer-hydration>', allow)).toThrow(SnippetError);
  });

  it('lets an element the list leaves out carry only the global attributes', () => {
    expect(() => parseSnippet('<mwfa-key-message message="x">', allow)).toThrow(
      '<mwfa-key-message> has no attribute "message" (known: none; and everywhere id, class, lang, dir, slot, title, hidden, aria-*, data-*).',
    );
    expect(parseSnippet('<mwfa-key-message lang="fr" data-x="1">', allow)).toEqual([
      {
        type: 'element',
        tag: 'mwfa-key-message',
        attributes: [
          ['lang', 'fr'],
          ['data-x', '1'],
        ],
        children: [],
      },
    ]);
  });

  it('refuses every own attribute with an empty list', () => {
    expect(() => parseSnippet('<mwfa-value indicator="remittances">', {})).toThrow(SnippetError);
  });
});

describe('parseElementAt', () => {
  it('reads one element up to its own end tag, quotes respected', () => {
    const page = '<p><mwfa-value title="a > b" indicator="x">t</mwfa-value> after</p>';
    const start = page.indexOf('<mwfa-value');
    const {node, end} = parseElementAt(page, start, allow);
    expect(page.slice(end)).toBe(' after</p>');
    expect(node).toEqual({
      type: 'element',
      tag: 'mwfa-value',
      attributes: [
        ['title', 'a > b'],
        ['indicator', 'x'],
      ],
      children: [{type: 'text', text: 't'}],
    });
  });

  it('counts nested elements of the same tag to find the end', () => {
    const page =
      '<mwfa-stat-card indicator="a"><mwfa-value indicator="b"/><mwfa-value>c</mwfa-value></mwfa-stat-card>!';
    expect(page.slice(parseElementAt(page, 0, allow).end)).toBe('!');
  });

  it('throws when the element is not closed', () => {
    expect(() => parseElementAt('<mwfa-value indicator="x">text', 0, allow)).toThrow(
      'Unclosed <mwfa-value> at position 0.',
    );
  });
});
