/**
 * Rendered HTML written on one line, which a browser shows as it shows the original. Markdown (and
 * WordPress's automatic paragraphs) read line breaks in raw HTML: a blank line, or for HTML that
 * starts with a comment, as Lit's `<!--lit-part-->` markers do, the first line break, ends the
 * raw HTML, and what follows shows as text or code. A line break in an attribute value becomes
 * `&#10;` (the same character once read); anywhere else a space, which the elements' text
 * (`white-space: normal`) and style sheets read as they read a line break.
 */
export function oneLine(source: string): string {
  // As the browser reads it: CRLF and CR are LF.
  const html = source.replace(/\r\n?/g, '\n');
  let out = '';
  let i = 0;
  const copyUntil = (end: string, newline: string) => {
    const stop = html.indexOf(end, i);
    const to = stop < 0 ? html.length : stop + end.length;
    out += html.slice(i, to).replaceAll('\n', newline);
    i = to;
  };
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      copyUntil('-->', ' ');
    } else if (/^<[a-zA-Z/]/.test(html.slice(i, i + 2))) {
      // The tag: spaces between its attributes, `&#10;` inside a quoted value.
      while (i < html.length && html[i] !== '>') {
        const quote = html[i] === '"' || html[i] === "'" ? html[i]! : '';
        if (quote) {
          out += quote;
          i += 1;
          copyUntil(quote, '&#10;');
        } else {
          out += html[i] === '\n' ? ' ' : html[i];
          i += 1;
        }
      }
      out += html[i] ?? '';
      i += 1;
    } else {
      const next = html.indexOf('<', i + 1);
      const to = next < 0 ? html.length : next;
      out += html.slice(i, to).replaceAll('\n', ' ');
      i = to;
    }
  }
  return out;
}
