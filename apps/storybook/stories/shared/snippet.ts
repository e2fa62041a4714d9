import type {StoryContext} from '@storybook/web-components-vite';
import {CDN} from './cdn.js';
import {LANGUAGES, directionOf, type Direction, type Language} from './globals.js';
import {declarationOf} from './manifest.js';

const LOCALES = new Set<string>(LANGUAGES.map(({code}) => code).filter((code) => code !== 'en'));

/**
 * Lines after the first keep the indentation of the story's template; the first starts at 0, and
 * so does the closing tag once this is taken off.
 */
function dedent(markup: string): string {
  const [first = '', ...rest] = markup.split('\n');
  const indent = Math.min(
    ...rest.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return [first, ...rest.map((line) => line.slice(Number.isFinite(indent) ? indent : 0))].join(
    '\n',
  );
}

/**
 * The markup "Show code" gives for a story: what to paste into a page that loads the script-tag
 * bundle to get what the story shows. Storybook showed the docs' own wrapper instead
 * (`<div class="mwfa-story" data-scheme="dark">`, which does nothing on another page, so a "dark"
 * snippet came out light, and a French one in English words) and the galleries' list and labels.
 * Here the toolbar's language and direction become a `lang`/`dir` wrapper with the locale module
 * it needs, and a dark scheme becomes `theme="dark"` on each element that has the attribute.
 */
export function snippetOf(code: string, context: StoryContext): string {
  const lang = (context.globals['lang'] ?? 'en') as Language;
  const dir = directionOf(lang, (context.globals['dir'] ?? 'auto') as Direction | 'auto');
  const body = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html').body;
  // Lit's template parser put the rows of a story's table in a <tbody> it did not write (so
  // `code` has one too), which broke the indentation; a page's parser adds it back the same way.
  for (const tbody of body.querySelectorAll('table > tbody:only-of-type')) {
    if (tbody.attributes.length === 0) tbody.replaceWith(...tbody.childNodes);
  }
  // Storybook runs this again on its own output, for the docs' code block: what an earlier run
  // added (locale scripts, the lang/dir wrapper) comes off first, or it would be there twice.
  for (const script of body.querySelectorAll(':scope > script')) script.remove();
  const wrapper = body.children.length === 1 ? body.firstElementChild : null;
  if (wrapper?.matches(`div[lang="${lang}"][dir="${dir}"]`) && wrapper.attributes.length === 2) {
    wrapper.replaceWith(...wrapper.childNodes);
  }
  // A list a story builds with map() ran its items together ("</li><li>"), each indented as the
  // story's source was: one item a line, its content on that line, as a page writes them.
  for (const list of body.querySelectorAll(':scope > ul:not(.mwfa-gallery), :scope > ol')) {
    const items = [...list.children];
    for (const item of items) {
      const walker = body.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        text.textContent = text.textContent!.replace(/\s+/g, ' ');
      }
      if (item.firstChild?.nodeType === Node.TEXT_NODE) {
        item.firstChild.textContent = item.firstChild.textContent!.trimStart();
      }
      if (item.lastChild?.nodeType === Node.TEXT_NODE) {
        item.lastChild.textContent = item.lastChild.textContent!.trimEnd();
      }
    }
    list.replaceChildren(...items.flatMap((item) => ['\n  ', item]), '\n');
  }
  for (const gallery of body.querySelectorAll('.mwfa-gallery')) {
    const items = [...gallery.querySelectorAll(':scope > li > *')].filter((element) =>
      element.localName.startsWith('mwfa-'),
    );
    gallery.replaceWith(...items.flatMap((item, n) => (n > 0 ? ['\n', item] : [item])));
  }
  const elements = [...body.querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('mwfa-'),
  );
  if (context.globals['scheme'] === 'dark') {
    for (const element of elements) {
      const themed = declarationOf(element.localName)?.attributes?.some((a) => a.name === 'theme');
      if (themed && !element.hasAttribute('theme')) element.setAttribute('theme', 'dark');
    }
  }
  // Boolean attributes as a page writes them: `compact`, not `compact=""`.
  let markup = dedent(body.innerHTML.trim().replace(/ ([a-z-]+)=""/g, ' $1'));
  if (lang !== 'en' || dir !== 'ltr') {
    markup = `<div lang="${lang}" dir="${dir}">\n${markup.replace(/^/gm, '  ')}\n</div>`;
  }
  const languages = new Set([lang, ...elements.map((element) => element.getAttribute('lang'))]);
  const locales = [...languages].filter((code) => code && LOCALES.has(code));
  return [
    ...locales.map((code) => `<script type="module" src="${CDN}/locales/${code}.js"></script>`),
    markup,
  ].join('\n');
}
