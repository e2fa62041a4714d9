import {describe, expect, it} from 'vitest';
import {oneLine} from './one-line.js';

describe('oneLine', () => {
  it('writes a line break in text as a space, which the elements’ text reads alike', () => {
    expect(oneLine('<p>one\ntwo\r\n\r  three</p>')).toBe('<p>one two    three</p>');
  });

  it('writes a line break inside a quoted value as &#10;, between attributes as a space', () => {
    expect(oneLine('<mwfa-chart\r\n  label="one\rtwo"\n  title=\'a\nb\'\n>x</mwfa-chart\n>')).toBe(
      '<mwfa-chart   label="one&#10;two"   title=\'a&#10;b\' >x</mwfa-chart >',
    );
  });

  it('reads a quote inside another kind of quote, or in text, as a character', () => {
    expect(oneLine(`<p title="it's\nhere">"a\nb' c</p>`)).toBe(
      `<p title="it's&#10;here">"a b' c</p>`,
    );
  });

  it('writes a line break in a style sheet or a comment as a space (no reference is read there)', () => {
    expect(oneLine('<style>a {}\nb > c {}</style>\n<!--lit-part\nx-->')).toBe(
      '<style>a {} b > c {}</style> <!--lit-part x-->',
    );
  });

  it('leaves HTML without line breaks as it is, and ends at an unclosed tag or quote', () => {
    const html = '<!--lit-part--><p part="base" class="a">x &amp; y<br></p><!--/lit-part-->';
    expect(oneLine(html)).toBe(html);
    expect(oneLine('<p title="a\nb')).toBe('<p title="a&#10;b');
    expect(oneLine('text <p\n')).toBe('text <p ');
  });
});
