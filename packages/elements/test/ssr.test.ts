// The built server renderer (dist/ssr, as shipped) and the mwfa CLI, in Node.
import {execFile, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_TAGS,
  SnippetError,
  prerenderPage,
  renderToString,
} from '@mwfa/elements/ssr';
import type {Browser} from 'playwright-core';
import {decodeHTMLAttribute} from 'entities/decode';
import {build} from 'vite';
import {afterAll, beforeAll, describe, expect, it, onTestFinished, vi} from 'vitest';
import {launch, serve, settle, type Server} from './helpers.js';

const run = promisify(execFile);
const cli = join(process.cwd(), 'bin/mwfa.js');
const DSD = 'shadowrootmode="open"';
const count = (text: string, part: string) => text.split(part).length - 1;

/** console.warn, kept off the output and recorded, for the current test only. */
function silencedWarnings() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  onTestFinished(() => warn.mockRestore());
  return warn;
}

// The note: "Approximately $600 billion was sent in remittances in 2017".
const VALUE = '<mwfa-value indicator="remittances"></mwfa-value>';

describe('prerenderPage reads the page as HTML', () => {
  it('a ">" inside a quoted attribute value does not end the tag', async () => {
    const page = `<p><mwfa-value indicator="remittances" title="a > b"></mwfa-value></p><p>after</p>`;
    const html = await prerenderPage(page);
    expect(count(html, DSD)).toBe(1);
    expect(html).toContain('title="a &gt; b"');
    expect(html).toContain('600\u00a0billion');
    expect(html.endsWith('</p><p>after</p>')).toBe(true);
  });

  it('ends a comment where the browser does ("<!-->", "--!>"), and renders what follows', async () => {
    for (const comment of ['<!-->', '<!--->', '<!-- a --!>']) {
      const html = await prerenderPage(`<p>${comment}${VALUE}<!-- b --></p>`);
      expect(count(html, DSD), comment).toBe(1);
      expect(html).toContain('600\u00a0billion');
    }
  });

  it('leaves mwfa tags in a non-mwfa tag’s attribute alone', async () => {
    const page = `<a title="<mwfa-value>" href="#">x</a>${VALUE}`;
    const html = await prerenderPage(page);
    expect(html.startsWith('<a title="<mwfa-value>" href="#">x</a>')).toBe(true);
    expect(count(html, DSD)).toBe(1);
  });

  for (const [what, inert] of [
    ['a comment', '<!-- <mwfa-value indicator="remittances"> -->'],
    ['a script', '<script>const s = "<mwfa-value>"; if (1 > 0) {}</script>'],
    ['a style element', '<style>/* <mwfa-value> */ p > a {}</style>'],
    ['a textarea', '<textarea><mwfa-value indicator="remittances"></mwfa-value></textarea>'],
    ['a template', '<template><mwfa-value indicator="remittances"></mwfa-value></template>'],
    [
      'nested templates',
      '<template><template></template><mwfa-value indicator="remittances"></mwfa-value></template>',
    ],
    ['a title', '<title><mwfa-value></title>'],
    // HTML's tag names are case-insensitive: `</SCRIPT>` ends the script.
    ['a script in capitals', '<SCRIPT>const s = "<mwfa-value>";</SCRIPT>'],
    // A vertical tab or a no-break space does not end a tag's name in HTML, as `\s` did here:
    // the element inside was rendered, and its decoded title closed the script's comment.
    [
      'a script whose "</script" a vertical tab follows',
      '<script>/* </script\v> <mwfa-value value="5" title="&#42;/alert(1)/&#42;"></mwfa-value> */</script>',
    ],
    [
      'a style whose "</style" a no-break space follows',
      '<style>/* </style\u00a0> <mwfa-value value="5" title="&#42;/ body{} /&#42;"></mwfa-value> */</style>',
    ],
  ] as const) {
    it(`leaves mwfa tags inside ${what} as they are, and renders the element after it`, async () => {
      const html = await prerenderPage(`${inert}\n${VALUE}`);
      expect(html.startsWith(`${inert}\n`)).toBe(true);
      expect(count(html, DSD)).toBe(1);
      expect(html).toContain('600\u00a0billion');
    });
  }

  // Each <div> walked down the open elements to the <button>: 40,000 took 10 s, and the time grew
  // with the square of their number. 100,000 take about a second now, a minute before.
  it('reads a page of 100,000 open elements in seconds, not a minute', async () => {
    const started = performance.now();
    const html = await prerenderPage(`<p><button>${'<div>'.repeat(100_000)}${VALUE}`);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(count(html, DSD)).toBe(1);
  });

  // After "<!--" and "<script", the browser reads "</script>" as text: the script runs on.
  it('refuses a script that browsers do not end at its first </script>', async () => {
    const page = `<script>/*<!--<script>*/ /* </script> ${VALUE} */</script>`;
    await expect(prerenderPage(page)).rejects.toThrow(/holds "<!--" and then "<script"/);
    // An old page's "<!-- … //-->" around its code is no such script.
    const legacy = `<script><!-- var a = "<b>"; //--></script>${VALUE}`;
    expect(count(await prerenderPage(legacy), DSD)).toBe(1);
  });

  it('prerendering a prerendered page changes nothing', async () => {
    const page = `<!doctype html><html lang="en"><body><main>
      <mwfa-stat-card indicator="remittances"><mwfa-value slot="label" indicator="remittances"></mwfa-value></mwfa-stat-card>
      <p>${VALUE}</p></main></body></html>`;
    const once = await prerenderPage(page);
    expect(count(once, DSD)).toBe(3);
    expect(await prerenderPage(once)).toBe(once);
  });

  it('adds no node to the page’s own DOM: Lit’s markers stay in the shadow roots', async () => {
    // Angular hydrates its prerendered page node by node: a marker before an element it rendered
    // was taken for that element ("hasAttribute is not a function"), and the app did not start.
    const page = `<body><h1>t</h1><mwfa-stat-card indicator="remittances"><span slot="footnote">Note</span></mwfa-stat-card>
      <!--ngetn--><p>x ${VALUE}</p>
      <mwfa-key-message kind="call">Open <mwfa-value indicator="remittances"></mwfa-value>.</mwfa-key-message></body>`;
    const html = await prerenderPage(page);
    expect(count(html, DSD)).toBe(4);
    // Declarative shadow roots do not nest here: the inner value is in the message's light DOM.
    const shadowRoots = /<template shadowroot[^>]*>[\s\S]*?<\/template>/g;
    const light = html.replace(shadowRoots, '');
    expect(light.match(/<!--[\s\S]*?-->/g)).toEqual(['<!--ngetn-->']);
    expect(light).toContain('<span slot="footnote">Note</span>');
    expect(light).toContain('Open <mwfa-value');
    for (const root of html.match(shadowRoots)!) expect(root).toContain('<!--lit-part ');
  });

  it('keeps the elements’ content as the page wrote it: comments, whitespace, references', async () => {
    // Angular's `@for` and `@if` leave comments where they render, and hydration looks for them.
    const table = `<table><caption>Arrivals &amp; departures</caption><tr><th>Year</th><th>People</th></tr>
        <!--container--><tr><td>2015</td><td>1000</td></tr><tr><td>2016</td><td>1500</td></tr><!--container-->
      </table>`;
    const words = `States should open <!--container--> legal <em>pathways</em>: <mwfa-value indicator="remittances"></mwfa-value>.`;
    const page = `<html lang="fr"><body><!--nghm--><mwfa-trend-chart label="Arrivées">\n      ${table}\n    </mwfa-trend-chart>
      <mwfa-key-message kind="call">${words}</mwfa-key-message></body></html>`;
    const html = await prerenderPage(page);
    expect(count(html, DSD)).toBe(3);
    const light = html
      .replace(/<template shadowroot[^>]*>[\s\S]*?<\/template>/g, '')
      .replace(/<(mwfa-[a-z-]+)\s+/g, '<$1 ');
    expect(light).toContain(
      `<mwfa-trend-chart label="Arrivées" lang="fr">\n      ${table}\n    </mwfa-trend-chart>`,
    );
    expect(light).toContain(
      words.replace(
        '<mwfa-value indicator="remittances">',
        '<mwfa-value indicator="remittances" lang="fr">',
      ),
    );
    // Rendered from that content: the table's data, the message's words and the value in French.
    expect(html).toContain('2016');
    expect(html).toMatch(
      /<mwfa-value\s+indicator="remittances" lang="fr"><template[^>]*>[\s\S]*?600\u00a0milliards/,
    );
    expect(await prerenderPage(html)).toBe(html);
  });

  it('renders an element inside another once: one warning for its unknown id', async () => {
    const warn = silencedWarnings();
    const html = await prerenderPage(
      `<mwfa-key-message kind="call">Words <mwfa-value indicator="nope"></mwfa-value>.</mwfa-key-message>`,
    );
    expect(count(html, DSD)).toBe(2);
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      '<mwfa-value>: indicator="nope" is not an indicator in @mwfa/data (its README lists every id).',
    ]);
  });

  it('closes an element written with "/>", as before', async () => {
    const html = await prerenderPage(`<p>${VALUE.replace('></mwfa-value>', ' />')} after</p>`);
    expect(html).toMatch(/<\/template><\/mwfa-value> after<\/p>$/);
  });

  it('ends a "/>" tag inside an element’s content where the server read it closed', async () => {
    // HTML ignores the "/" of <span/>: the browser put "of the world" in the label the server
    // read as empty, and the card failed to hydrate ("Hydration value mismatch").
    const warn = silencedWarnings();
    const html = await prerenderPage(
      `<mwfa-stat-card value="12" unit="percent"><span slot="label"/>of the world <b hidden/>now</mwfa-stat-card><p>a<span/>b</p><p><b title=a/>c</b></p>`,
    );
    const light = html.replace(/<template shadowroot[^>]*>[\s\S]*?<\/template>/g, '');
    expect(light).toContain(
      '><span slot="label"/></span>of the world <b hidden/></b>now</mwfa-stat-card>',
    );
    // Outside the elements, and a "/" that ends an unquoted value, the page stays as written.
    expect(light).toContain('<p>a<span/>b</p><p><b title=a/>c</b></p>');
    expect(await prerenderPage(html)).toBe(html);
    // The server's reading, which the browser now shares: an empty label, the words unslotted.
    expect(warn.mock.calls.map(([line]) => String(line).slice(0, 40))).toEqual([
      '<mwfa-stat-card>: content="of the world"',
      '<mwfa-stat-card>: label is missing: say ',
    ]);
  });

  it('renders pages concurrently without mixing them up', async () => {
    const pages = [
      `<p>one ${VALUE}</p>`,
      `<h1>two</h1><div>${VALUE}</div><div>${VALUE}</div>`,
      `<mwfa-key-message message="call-for-cooperation"></mwfa-key-message><p>three</p>`,
    ];
    const alone = [];
    for (const page of pages) alone.push(await prerenderPage(page));
    expect(await Promise.all(pages.map((page) => prerenderPage(page)))).toEqual(alone);
    expect(alone.map((html) => count(html, DSD))).toEqual([1, 2, 1]);
  });

  // Angular writes `_ngcontent-ng-c…` on every element of a component's template: the README's
  // prerendering of an Angular page stopped at "cannot read an attribute".
  it('keeps the attributes a framework writes on the elements and in their content', async () => {
    const page =
      '<main _ngcontent-ng-c1=""><mwfa-stat-card _ngcontent-ng-c1="" tabindex="-1" indicator="remittances"><span _ngcontent-ng-c1="" slot="footnote">Estimate.</span></mwfa-stat-card></main>';
    const html = await prerenderPage(page);
    expect(count(html, DSD)).toBe(1);
    // Written bare, as Lit writes an empty attribute: the same attribute.
    expect(html).toMatch(/<mwfa-stat-card[^>]* _ngcontent-ng-c1[\s>]/);
    expect(html).toMatch(/<mwfa-stat-card[^>]* tabindex="-1"/);
    expect(html).toContain('<span _ngcontent-ng-c1="" slot="footnote">Estimate.</span>');
    expect(html).toContain('approximately $600');
  });

  // Alpine.js (and petite-vue) read `@event` and `:attribute` from the page: prerenderPage
  // refused a chart with `@mwfa-point-focus` ("cannot read an attribute").
  it("keeps Alpine's @ and : attributes on an element, with its own in a snippet refused", async () => {
    const page = `<div x-data="{point: null}"><mwfa-value indicator="remittances" @mwfa-point-focus.window="point = $event.detail" :theme="dark ? 'dark' : 'light'" x-on:click="open = true"></mwfa-value></div>`;
    const html = await prerenderPage(page);
    expect(count(html, DSD)).toBe(1);
    expect(html).toMatch(/600\sbillion/);
    const start = /<mwfa-value[^>]*>/.exec(html)![0];
    const attributes = [...start.matchAll(/ ([^\s=]+)="([^"]*)"/g)].map(([, name, value]) => [
      name,
      decodeHTMLAttribute(value!),
    ]);
    expect(attributes).toEqual(
      expect.arrayContaining([
        ['@mwfa-point-focus.window', 'point = $event.detail'],
        [':theme', "dark ? 'dark' : 'light'"],
        ['x-on:click', 'open = true'],
      ]),
    );
    await expect(
      renderToString('<mwfa-value @click="x" indicator="remittances"></mwfa-value>'),
    ).rejects.toThrow('<mwfa-value> has no attribute "@click"');
  });

  it('refuses those in a snippet, and style and on… handlers on a page too', async () => {
    await expect(
      renderToString('<mwfa-value _ngcontent-ng-c1="" indicator="remittances"></mwfa-value>'),
    ).rejects.toThrow('<mwfa-value> has no attribute "_ngcontent-ng-c1"');
    for (const attribute of ['style="color: red"', 'onclick="alert(1)"']) {
      await expect(
        prerenderPage(`<mwfa-value ${attribute} indicator="remittances"></mwfa-value>`),
      ).rejects.toThrow(SnippetError);
    }
  });

  it('throws a SnippetError for an unclosed element or refused content', async () => {
    await expect(prerenderPage('<p><mwfa-value indicator="remittances">')).rejects.toThrow(
      SnippetError,
    );
    await expect(prerenderPage(`<mwfa-value><img src="x"></mwfa-value>`)).rejects.toThrow(
      'not <img>',
    );
  });

  // On a long page, "not <p>" alone left the author to search for the element.
  it('says on which line and column the element it refuses starts', async () => {
    const page =
      '<!doctype html>\n<body>\n<p>Text</p>\n  <mwfa-key-message><p>Our words</p></mwfa-key-message>';
    await expect(prerenderPage(page)).rejects.toThrow(/^line 4, column 3: .*not <p>\.$/);
    // A byte order mark before it takes no column.
    await expect(prerenderPage('\uFEFF<mwfa-value><img></mwfa-value>')).rejects.toThrow(
      /^line 1, column 1: /,
    );
  });
});

describe('renderToString reads character references as the browser does', () => {
  // The editor's `&eacute;` showed as "&eacute;": only six named references were known.
  it('named references in attribute values and text: é, —, …, and &copy without ";"', async () => {
    const html = await renderToString(
      '<mwfa-stat-card value="12" lang="fr" label="Migrants &eacute;conomiques &mdash; 2017&hellip;" source="UN &copy 2017"></mwfa-stat-card>',
    );
    expect(html).toContain('label="Migrants économiques — 2017…"');
    expect(html).toMatch(/>\s*Migrants économiques — 2017…\s*</);
    expect(html).toContain('UN © 2017');
    expect(html).not.toContain('&amp;eacute;');
  });

  it('named and numeric references in the page’s own words between the tags', async () => {
    const html = await renderToString(
      '<mwfa-key-message kind="call">Caf&eacute; &amp; co &mdash; &#8220;now&#8221;</mwfa-key-message>',
    );
    const light = html.split('</template>')[1]!.replace(/<!--[\s\S]*?-->/g, '');
    // Lit writes the text's "&" as "&amp;", which the browser reads back as "&".
    expect(light).toContain('Café &amp; co — “now”');
    expect(light).not.toContain('&amp;eacute;');
  });

  it('writes an attribute back as the browser read it: "&lt;b&gt;" typed as text stays text', async () => {
    // An editor wrote the characters "&lt;b&gt;" (as `&amp;lt;b&amp;gt;`): written back as
    // "&lt;b&gt;", the browser read a tag, which the card then showed with a markup warning.
    const html = await renderToString(
      '<mwfa-stat-card value="5" label="Write &amp;lt;b&amp;gt; for bold &amp;amp; more"></mwfa-stat-card>',
    );
    const label = /<mwfa-stat-card[^>]* label="([^"]*)"/.exec(html)![1]!;
    expect(decodeHTMLAttribute(label)).toBe('Write &lt;b&gt; for bold &amp; more');
  });

  it('leaves text that is no reference as written (&notit; in an attribute, &bogus;)', async () => {
    const html = await renderToString(
      '<mwfa-stat-card value="12" label="a &bogus; b" source="x &notit; y"></mwfa-stat-card>',
    );
    expect(html).toContain('label="a &amp;bogus; b"');
    expect(html).toContain('source="x &amp;notit; y"');
  });
});

describe('a trend chart’s child <table> (its documented slot), rendered on the server', () => {
  // The page's own figures, as an editor writes them: a caption, a header row, a data-value.
  const TABLE = `<table><caption>Arrivals by sea</caption><colgroup><col span="2"></colgroup>
    <thead><tr><th scope="col">Year</th><th scope="col">People</th></tr></thead>
    <tbody><tr><td>2015</td><td data-value="1000">1,000 (est.)</td></tr>
    <tr data-status="projection"><td>2016</td><td>1 500</td></tr></tbody></table>`;
  const CHART = `<mwfa-trend-chart>${TABLE}</mwfa-trend-chart>`;
  /** The text a reader gets from the chart's shadow root: its drawing, styles and tags left out. */
  const shown = (html: string) =>
    html
      .replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|<!--[\s\S]*?-->/g, '')
      .split('</template>')[0]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  // Refused with "Only mwfa elements are accepted, not <table>", and `prerenderPage` threw.
  it('draws the table: its caption as title, a summary, and the chart’s own table of it', async () => {
    const text = shown(await renderToString(CHART));
    expect(text).toContain('Arrivals by sea');
    expect(text).toContain('2015 1,000 Observed');
    expect(text).toContain('2016 1,500 Projection');
    expect(text).toContain('rose from 1,000 in 2015 to 1,500 (projection) in 2016');
    expect(text).not.toContain('No data to draw');
  });

  it('cites a source of @mwfa/data given by id, as a stat card does', async () => {
    const chart = `<mwfa-trend-chart label="Mine" source="un-desa-migrant-stock-2017">${TABLE}</mwfa-trend-chart>`;
    expect(shown(await renderToString(chart))).toContain(
      'Source: United Nations, Department of Economic and Social Affairs, Population Division, ' +
        'Trends in International Migrant Stock: The 2017 Revision, Rev.2017.',
    );
  });

  it('keeps the table as the page wrote it, for the browser to read when the chart takes over', async () => {
    const html = await renderToString(CHART);
    const light = html.split('</template>')[1]!.replace(/<!--[\s\S]*?-->/g, '');
    expect(light).toContain('<caption>Arrivals by sea</caption>');
    expect(light).toContain('<td data-value="1000">1,000 (est.)</td>');
    expect(light).toContain('<tr data-status="projection">');
    // A void element: an end tag would be a stray one.
    expect(light).toContain('<colgroup><col span="2"></colgroup>');
  });

  it('reads end tags left out as HTML allows them (</td>, </tr>)', async () => {
    const text = shown(
      await renderToString(
        '<mwfa-trend-chart label="Arrivals"><table><tr><td>2015<td>1000<tr><td>2016<td>1500</table></mwfa-trend-chart>',
      ),
    );
    expect(text).toContain('2015 1,000');
    expect(text).toContain('2016 1,500');
  });

  it('leaves out a row whose number may be read two ways, with the browser’s one warning', async () => {
    const warn = silencedWarnings();
    const text = shown(
      await renderToString(
        '<mwfa-trend-chart><table><caption>Share</caption><tr><td>2015</td><td>3,4</td></tr><tr><td>2016</td><td>3.5</td></tr><tr><td>2017</td><td>3.6</td></tr></table></mwfa-trend-chart>',
      ),
    );
    // Not drawn, and named under the chart as the browser names it.
    expect(text).not.toMatch(/2015 3/);
    expect(text).toContain('Not drawn: 2015 (3,4)');
    expect(text).toContain('2016 3.5');
    expect(warn.mock.calls).toEqual([
      [
        '<mwfa-trend-chart>: table="3,4" in “Share” may be 3.4 or 34: left out, and named under the chart; give its number in data-value.',
      ],
    ]);
  });

  it('draws the first of two tables and warns of the second, as the browser does', async () => {
    const warn = silencedWarnings();
    const text = shown(
      await renderToString(
        '<mwfa-trend-chart label="Arrivals"><table><tr><td>2015</td><td>1000</td></tr><tr><td>2016</td><td>1500</td></tr></table><table><tr><td>2015</td><td>9</td></tr></table></mwfa-trend-chart>',
      ),
    );
    expect(text).toContain('Arrivals rose from 1,000 in 2015 to 1,500 in 2016');
    expect(warn.mock.calls).toEqual([
      ['<mwfa-trend-chart>: content="<table>" is not shown: only the first <table> is drawn.'],
    ]);
  });

  // "fr_FR" is how some CMSs write the locale; the browser reads it as fr-FR.
  it.each(['fr', 'fr_FR'])(
    'reads the table in the chart’s language, as the browser does: "1,234" is not guessed in lang="%s"',
    async (lang) => {
      const warn = silencedWarnings();
      const text = shown(
        await renderToString(
          `<mwfa-trend-chart lang="${lang}" unit="ratio"><table><caption>Rapport</caption><tr><td>2015</td><td>1,234</td></tr><tr><td>2016</td><td data-value="1.5">1,5</td></tr></table></mwfa-trend-chart>`,
        ),
      );
      expect(text).not.toMatch(/2015 1/);
      expect(text).toContain('2015 (1,234)');
      expect(text).toContain('2016');
      expect(warn.mock.calls).toEqual([
        [
          '<mwfa-trend-chart>: table="1,234" in “Rapport” may be 1.234 or 1234: left out, and named under the chart; give its number in data-value.',
        ],
      ]);
    },
  );

  it('refuses a table outside a chart, markup in a cell and a style attribute', async () => {
    await expect(renderToString(`<mwfa-value>${TABLE}</mwfa-value>`)).rejects.toThrow(
      /<table> is accepted only inside <mwfa-trend-chart>/,
    );
    await expect(
      renderToString(
        '<mwfa-trend-chart><table><tr><td><b>1</b></td></tr></table></mwfa-trend-chart>',
      ),
    ).rejects.toThrow(/<b> inside <td>/);
    await expect(
      renderToString(
        '<mwfa-trend-chart><table><tr><td style="color:red">1</td></tr></table></mwfa-trend-chart>',
      ),
    ).rejects.toThrow(/style attribute/);
  });

  it('prerenderPage renders a page with such a chart', async () => {
    const html = await prerenderPage(`<!doctype html><html lang="en"><body>${CHART}</body></html>`);
    expect(count(html, DSD)).toBe(1);
    expect(shown(html.split('<body>')[1]!)).toContain('2016 1,500');
  });
});

describe('slotted content, seen on the server as in the browser', () => {
  /** Console warnings from here on (the server warned of a message or label "missing"). */
  const warnings = () => {
    const warn = vi.spyOn(console, 'warn');
    onTestFinished(() => warn.mockRestore());
    return warn.mock.calls;
  };

  // Rendered "Message not available" with the page's message hidden, and hydrating threw
  // "Hydration value mismatch".
  it('a key message with the page’s own words shows them, not "Message not available"', async () => {
    const warned = warnings();
    const html = await renderToString(
      '<mwfa-key-message kind="call">States should open more pathways.</mwfa-key-message>',
    );
    expect(html).not.toContain('Message not available');
    expect(html).toMatch(/<div part="message"\s*>/);
    expect(warned).toEqual([]);
  });

  // The footnote stayed hidden, without JavaScript and after hydration alike.
  it('a stat card’s footnote is shown', async () => {
    const html = await renderToString(
      '<mwfa-stat-card indicator="remittances"><mwfa-value slot="footnote" indicator="remittances-to-oda-ratio"></mwfa-value></mwfa-stat-card>',
    );
    expect(html).toMatch(/<div part="footnote"\s*>/);
  });

  it('a stat card’s slotted label counts as its label (no "label is missing" warning)', async () => {
    const warned = warnings();
    await renderToString(
      '<mwfa-stat-card value="12"><mwfa-value slot="label" indicator="remittances"></mwfa-value></mwfa-stat-card>',
    );
    expect(warned).toEqual([]);
  });

  // On the server every slotted child was taken for content no slot shows: a warning, and
  // `mwfa render --strict` failed a valid snippet.
  it('a stat card’s label and footnote in <span slot="…"> raise no warning', async () => {
    const warned = warnings();
    await renderToString(
      '<mwfa-stat-card value="12" unit="percent"><span slot="label">of the world</span><span slot="footnote">Estimate.</span></mwfa-stat-card>',
    );
    expect(warned).toEqual([]);
  });

  it('a stat card with a footnote and no slotted label reads its figure with its own label', async () => {
    const html = await renderToString(
      '<mwfa-stat-card indicator="remittances"><span slot="footnote">Estimate.</span></mwfa-stat-card>',
    );
    // What a screen reader reads as one phrase: the figure and what it counts, not the footnote.
    const phrase = /class="visually-hidden"[^>]*>([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
    const words = phrase
      .split(/<span aria-hidden/)[0]!
      .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(words).toContain('sent home by migrants in remittances');
    expect(words).not.toContain('Estimate.');
  });

  it('a stat card with content no slot shows: the browser’s warning, and a <br> passes unremarked', async () => {
    const warned = warnings();
    await renderToString('<mwfa-stat-card indicator="remittances"><br></mwfa-stat-card>');
    expect(warned).toEqual([]);
    await renderToString(
      '<mwfa-stat-card indicator="remittances"><span>Money sent home</span></mwfa-stat-card>',
    );
    expect(warned.map(([line]) => String(line).split(' is')[0])).toEqual([
      '<mwfa-stat-card>: content="<span>"',
    ]);
  });
});

describe('a stat card’s sparkline, drawn on the server', () => {
  /** The `points` of the polyline in `html`, as numbers: [[x, y], …]. */
  const polyline = (html: string) =>
    /<polyline\s[^>]*?points="([^"]*)"/
      .exec(html)?.[1]
      ?.split(' ')
      .map((pair) => pair.split(',').map(Number));

  // The sparkline was an empty <svg>: the series loads in the browser only.
  it('sparkline: the series’ seven years, oldest at the left, lowest at the bottom', async () => {
    const html = await renderToString(
      '<mwfa-stat-card indicator="international-migrants" sparkline></mwfa-stat-card>',
    );
    // International migrant stock 1990–2017 in the 240 × 32 box, 2 units free on each side:
    // x = 2 + (year − 1990) / 27 × 236, y = 30 − (value − min) / (max − min) × 28.
    const expected = [
      [2, 30],
      [45.7, 27.83],
      [89.41, 24.66],
      [133.11, 19.89],
      [176.81, 12.04],
      [220.52, 4.7],
      [238, 2],
    ];
    const points = polyline(html);
    expect(points).toHaveLength(expected.length);
    points!.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]![0]!, 1);
      expect(y).toBeCloseTo(expected[i]![1]!, 1);
    });
  });

  it('draws it for an id written with spaces around it, as the browser does', async () => {
    const spaced = await renderToString(
      '<mwfa-stat-card indicator=" international-migrants " sparkline></mwfa-stat-card>',
    );
    expect(polyline(spaced)).toHaveLength(7);
  });
});

describe('inline text elements in slots and messages (span, em, strong, …)', () => {
  // Refused ("Only mwfa elements are accepted, not <span>"): a stat card's footnote or own label
  // needs an element to carry `slot`, and only <mwfa-value> could.
  it('a stat card’s footnote and label written in <span slot="…">', async () => {
    const html = await renderToString(
      '<mwfa-stat-card value="12" unit="percent"><span slot="label">of the <em>world</em></span><span slot="footnote">Estimate.</span></mwfa-stat-card>',
    );
    expect(html).toMatch(/<div part="footnote"\s*>/);
    // Read with the figure as one phrase, from the slotted words.
    expect(html.replace(/<!--[\s\S]*?-->|<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(
      '12% of the world',
    );
    const light = html.split('</template>')[1]!.replace(/<!--[\s\S]*?-->/g, '');
    expect(light).toContain('<span slot="label">of the <em>world</em></span>');
    expect(light).toContain('<span slot="footnote">Estimate.</span>');
  });

  it('a stat card’s label with a line break is read as two words, as in the browser', async () => {
    const html = await renderToString(
      '<mwfa-stat-card value="12" unit="percent"><span slot="label">of the<br>world</span></mwfa-stat-card>',
    );
    const phrase = /class="visually-hidden"[^>]*>([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
    expect(phrase.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(
      '12% of the world',
    );
  });

  it('a key message’s own words with emphasis and a line break', async () => {
    const html = await renderToString(
      '<mwfa-key-message kind="call">States should <strong>open</strong> more pathways.<br>Now.</mwfa-key-message>',
    );
    expect(html).toMatch(/<div part="message"\s*>/);
    expect(html.replace(/<!--[\s\S]*?-->/g, '')).toContain(
      'States should <strong>open</strong> more pathways.<br>Now.',
    );
  });

  // The label slot's link (documented, and read in the browser) stopped `mwfa prerender`.
  it('a link to a page, a mail or a phone, kept as written; a script address refused', async () => {
    for (const href of ['https://example.org/note', '#note', 'notes.html', 'mailto:a@b.org']) {
      const html = await renderToString(
        `<mwfa-stat-card indicator="remittances"><span slot="label">sent home, see <a href="${href}" rel="noopener" target="_blank">note</a></span></mwfa-stat-card>`,
      );
      expect(html.replace(/<!--[\s\S]*?-->/g, '')).toContain(
        `<a href="${href}" rel="noopener" target="_blank">note</a>`,
      );
    }
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java&#9;script:alert(1)']) {
      await expect(
        prerenderPage(`<mwfa-key-message><a href="${href}">x</a></mwfa-key-message>`),
      ).rejects.toThrow('is not accepted; a link goes to http:, https:, mailto: or tel:');
    }
    await expect(
      renderToString('<mwfa-key-message><a ping="https://example.org">x</a></mwfa-key-message>'),
    ).rejects.toThrow('<a> has no attribute "ping"');
  });

  it('still refuses media, event handlers and styles on inline elements, and them in a table', async () => {
    await expect(
      renderToString('<mwfa-key-message><img src="x.png"></mwfa-key-message>'),
    ).rejects.toThrow(/not <img>/);
    await expect(
      renderToString('<mwfa-key-message><span onclick="alert(1)">x</span></mwfa-key-message>'),
    ).rejects.toThrow(/event handler/);
    await expect(
      renderToString('<mwfa-key-message><em style="color:red">x</em></mwfa-key-message>'),
    ).rejects.toThrow(/style attribute/);
    await expect(
      renderToString(
        '<mwfa-trend-chart><table><tr><td><em>2000</em></td><td>1</td></tr></table></mwfa-trend-chart>',
      ),
    ).rejects.toThrow(/<em> inside <td>/);
  });
});

describe('renderToString writes one line, for Markdown and editors that read line breaks', () => {
  it('has no line break: a line break in a value is written &#10;, others as spaces', async () => {
    // Markdown ends raw HTML that starts with a comment (Lit's marker) at its first line break.
    const html = await renderToString(
      `<mwfa-trend-chart series="international-migrant-stock" label="Migrants\nworldwide">
      </mwfa-trend-chart>\r\n\r\n<mwfa-key-message message="call-for-cooperation"></mwfa-key-message>`,
    );
    expect(html.startsWith('<!--')).toBe(true);
    expect(html).not.toMatch(/[\r\n]/);
    expect(html).toContain('label="Migrants&#10;worldwide"');
    expect(count(html, DSD)).toBe(2);
  });
});

describe('in Chromium: prerendered snippets read without JavaScript and hydrate unchanged', () => {
  // The page's own figures and words, in each element's light DOM.
  const SNIPPETS = {
    table: `<mwfa-trend-chart><table><caption>Arrivals by sea</caption>
      <tr><th>Year</th><th>People</th></tr><tr><td>2015</td><td>1000</td></tr>
      <tr data-status="projection"><td>2016</td><td>1500</td></tr></table></mwfa-trend-chart>`,
    message: `<mwfa-key-message kind="call">States should open more legal pathways: migrants sent home
      <mwfa-value indicator="remittances"></mwfa-value>.</mwfa-key-message>`,
    slots: `<mwfa-stat-card value="12" unit="percent"><mwfa-value slot="label" indicator="remittances"></mwfa-value>
      <mwfa-value slot="footnote" indicator="remittances-to-oda-ratio"></mwfa-value></mwfa-stat-card>`,
    inline: `<mwfa-stat-card value="12" unit="percent"><span slot="label">of the <em>world</em></span>
      <span slot="footnote">Estimate.</span></mwfa-stat-card>
      <mwfa-key-message kind="call">States should <strong>open</strong> more pathways.<br>Now.</mwfa-key-message>`,
    sparkline: `<mwfa-stat-card indicator="international-migrants" sparkline></mwfa-stat-card>`,
  };
  /** What a reader must get from each snippet, written from the snippet and the data by hand. */
  const SHOWN: Record<keyof typeof SNIPPETS, string[]> = {
    table: ['Arrivals by sea', '2015', '1,000', '2016', '1,500', 'Projection'],
    message: [
      'States should open more legal pathways: migrants sent home approximately $600 billion.',
    ],
    slots: ['12%', 'approximately $600 billion', '3 times'],
    inline: ['12% of the world', 'Estimate.', 'States should open more pathways.', 'Now.'],
    sparkline: ['258 million international migrants worldwide'],
  };
  let browser: Browser;
  let server: Server;

  beforeAll(async () => {
    // The page's script as the factsheet's: hydration support first, then the elements.
    const built = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'page-script',
          // Vite gives the entry as a path in the root.
          resolveId: (id) => (id.endsWith('page-script') ? '\0page-script' : undefined),
          load: (id) =>
            id === '\0page-script'
              ? `import ${JSON.stringify(join(process.cwd(), 'dist/ssr/hydrate.js'))};
                 import ${JSON.stringify(join(process.cwd(), 'dist/index.js'))};`
              : undefined,
        },
      ],
      resolve: {conditions: ['browser']},
      build: {write: false, minify: false, lib: {entry: 'page-script', formats: ['es']}},
    })) as {output: {code?: string}[]}[];
    const script = built[0]!.output[0]!.code!;
    const page = (body: string, js = true) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${js ? '<script type="module" src="/page.js"></script>' : ''}</head><body>${body}</body></html>`;
    const pages: Record<string, string> = {'/page.js': script, '/favicon.ico': ''};
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      const prerendered = await renderToString(snippet);
      pages[`/${name}-no-js.html`] = page(prerendered, false);
      pages[`/${name}-hydrated.html`] = page(prerendered);
      pages[`/${name}-client.html`] = page(snippet);
    }
    server = await serve({root: process.cwd(), pages});
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Runs in the page: each element's text as a reader gets it (slots resolved, no drawing). */
  const read = () => {
    const collect = (node: Node): string => {
      if (node.nodeType === 3) return node.textContent ?? '';
      if (!(node instanceof Element || node instanceof ShadowRoot)) return '';
      if (node instanceof Element && node.matches('style, script, template, svg, [hidden]')) {
        return '';
      }
      const assigned = node instanceof HTMLSlotElement ? node.assignedNodes() : [];
      const children =
        node instanceof Element && node.shadowRoot
          ? [node.shadowRoot]
          : assigned.length > 0
            ? assigned
            : [...node.childNodes];
      return children.map(collect).join('');
    };
    const outermost = [...document.body.children].filter((el) => el.localName.startsWith('mwfa-'));
    return outermost.map((el) => collect(el).replace(/\s+/g, ' ').trim());
  };

  for (const name of Object.keys(SNIPPETS)) {
    it(`${name}: the same text without JavaScript, hydrated, and rendered in the browser`, async () => {
      const problems: string[] = [];
      const texts: string[][] = [];
      for (const path of ['no-js', 'hydrated', 'client']) {
        const context = await browser.newContext({javaScriptEnabled: path !== 'no-js'});
        const tab = await context.newPage();
        tab.on('console', (message) =>
          problems.push(`${path} ${message.type()}: ${message.text()}`),
        );
        tab.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
        await tab.goto(`${server.url}/${name}-${path}.html`);
        if (path !== 'no-js') await tab.evaluate(settle);
        texts.push(await tab.evaluate(read));
        await context.close();
      }
      const [withoutScript, hydrated, client] = texts;
      for (const shown of SHOWN[name as keyof typeof SNIPPETS]) {
        expect(withoutScript!.join(' ')).toContain(shown);
      }
      expect(hydrated).toEqual(withoutScript);
      // A chart rendered in the browser keeps its table closed; prerendered, it shows it.
      if (name !== 'table') expect(withoutScript).toEqual(client);
      expect(problems).toEqual([]);
    });
  }

  // Scripting is on but the elements are not defined yet, as while the page's script loads.
  it('a prerendered chart keeps its buttons’ place but shows none of its controls before it upgrades', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    // The page without its script: nothing defines the elements.
    await tab.goto(`${server.url}/table-no-js.html`);
    const controls = await tab.evaluate(() => {
      const root = document.querySelector('mwfa-trend-chart')!.shadowRoot!;
      return {
        defined: customElements.get('mwfa-trend-chart') !== undefined,
        place: root.querySelector('.actions')!.getBoundingClientRect().height,
        shown: [...root.querySelectorAll('button, [role="slider"]')]
          .filter((control) => control.checkVisibility({visibilityProperty: true}))
          .map((control) => control.getAttribute('role') ?? control.textContent!.trim()),
      };
    });
    await context.close();
    expect(controls.defined).toBe(false);
    expect(controls.place).toBeGreaterThan(0);
    expect(controls.shown).toEqual([]);
  });

  /**
   * Runs in the page before its scripts: from the end of parsing (readyState "interactive",
   * before the deferred module script hydrates), notes each time the stat card's sparkline is
   * removed or no longer draws the line the server drew.
   */
  const watchSparkline = () => {
    const changes: string[] = [];
    Object.assign(window, {sparklineChanges: changes});
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const root = document.querySelector('mwfa-stat-card')!.shadowRoot!;
      const points = () => root.querySelector('polyline')?.getAttribute('points') ?? 'no line';
      const server = points();
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (node instanceof Element && node.matches('polyline, :has(polyline)')) {
              changes.push(`removed <${node.localName}>`);
            }
          }
        }
        if (points() !== server) changes.push(points());
      }).observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
    });
  };

  // Without JavaScript the sparkline was an empty <svg>; hydrating threw "Hydration value
  // mismatch" once the server drew it.
  it('sparkline: the server draws the line the browser draws, and hydration keeps it', async () => {
    const problems: string[] = [];
    const lines: string[] = [];
    let changes: string[] = [];
    for (const path of ['no-js', 'hydrated', 'client']) {
      const context = await browser.newContext({javaScriptEnabled: path !== 'no-js'});
      const tab = await context.newPage();
      tab.on('console', (message) => problems.push(`${path} ${message.type()}: ${message.text()}`));
      tab.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
      if (path === 'hydrated') await tab.addInitScript(watchSparkline);
      await tab.goto(`${server.url}/sparkline-${path}.html`);
      if (path !== 'no-js') {
        // The series is loaded on demand, after the first render; this page's script carries it,
        // so it is drawn by the next frame.
        await tab.evaluate(settle);
        await tab.waitForFunction(() =>
          document.querySelector('mwfa-stat-card')!.shadowRoot!.querySelector('polyline[points]'),
        );
        await tab.evaluate(() => new Promise(requestAnimationFrame));
        await tab.evaluate(settle);
      }
      const line = await tab.evaluate(() => {
        const polyline = document
          .querySelector('mwfa-stat-card')!
          .shadowRoot!.querySelector('polyline');
        return {
          points: polyline?.getAttribute('points') ?? 'no line',
          width: polyline?.getBoundingClientRect().width ?? 0,
        };
      });
      // Drawn across the card, not a point.
      expect(line.width, path).toBeGreaterThan(100);
      lines.push(line.points);
      if (path === 'hydrated') {
        changes = await tab.evaluate(
          () => (window as {sparklineChanges?: string[]}).sparklineChanges!,
        );
      }
      await context.close();
    }
    const [withoutScript, hydrated, client] = lines;
    // Exactly the browser's points: nothing to redraw when the card's own arrive.
    expect(withoutScript).toBe(client);
    expect(hydrated).toBe(client);
    expect(changes).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('renderToString in the six UN languages, with no locale imported by the caller', () => {
  // The note: "there are nearly 6 million migrants trapped in forced labour today".
  const cases = [
    ['en', 'nearly 6 million', 'Source: '],
    ['fr', 'près de 6 millions', 'Source\u00a0: '],
    ['es', 'casi 6 millones', 'Fuente: '],
    ['ru', 'почти 6 миллионов', 'Источник: '],
    ['ar', 'قرابة 6 ملايين', 'المصدر: '],
    ['zh', '近600万', '来源：'],
  ] as const;
  for (const [lang, figure, source] of cases) {
    it(`${lang}: "${figure}", "${source}"`, async () => {
      const html = await renderToString(
        `<mwfa-stat-card lang="${lang}" indicator="migrants-in-forced-labour"></mwfa-stat-card>`,
      );
      expect(html).toContain(figure);
      expect(html).toContain(source);
    });
  }
});

// A <mwfa-value> in a French key message, or in an Arabic <span>, was rendered in English and
// hydrated so, though the browser alone renders it in the language around it.
describe('renderToString renders an element in the language and direction the snippet gives it', () => {
  it('from an mwfa element or a text element around it, unless it has its own', async () => {
    const value = '<mwfa-value indicator="international-migrants"></mwfa-value>';
    const french = await renderToString(
      `<mwfa-key-message lang="fr">Il y a ${value}.</mwfa-key-message>`,
    );
    expect(french).toMatch(/<mwfa-value +indicator="international-migrants" lang="fr">/);
    expect(french).toContain('258\u00a0millions');
    const arabic = await renderToString(`<span lang="ar" dir="rtl">يوجد ${value}</span>`);
    expect(arabic).toContain('lang="ar" dir="rtl">');
    expect(arabic).toContain('258\u00a0مليون');
    const own = await renderToString(
      `<span lang="ar"><mwfa-value lang="en" indicator="international-migrants"></mwfa-value></span>`,
    );
    expect(own).toContain('258\u00a0million<');
    expect(own).not.toContain('lang="ar" lang');
  });
});

describe('prerenderPage renders each element in the language and direction of its place', () => {
  // Stripped of styles, comments and tags: what a reader sees (no-break spaces kept).
  const text = (html: string) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->|<[^>]+>/g, ' ')
      .replace(/[ \t\r\n]+/g, ' ');

  it('a French page: French words and numbers, and lang="fr" on the element', async () => {
    const html = await prerenderPage(
      `<!doctype html><html lang="fr"><body><main><mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card></main></body></html>`,
    );
    expect(text(html)).toContain('près de 6 millions');
    expect(text(html)).toContain('Source\u00a0: ');
    expect(html).toMatch(/<mwfa-stat-card\s+indicator="migrants-in-forced-labour" lang="fr">/);
  });

  it('the nearest lang wins, and a closed element’s lang no longer applies', async () => {
    const html = await prerenderPage(
      `<html lang="en"><body><p lang="fr">Il y a <mwfa-value indicator="international-migrants"></mwfa-value> migrants.</p>
      <p>There are <mwfa-value indicator="international-migrants"></mwfa-value> migrants.</p></body></html>`,
    );
    // A figure's number and unit are joined by a no-break space.
    expect(text(html)).toContain('Il y a 258\u00a0millions migrants.');
    expect(text(html)).toContain('There are 258\u00a0million migrants.');
  });

  it('an Arabic right-to-left page: Arabic words, dir="rtl" on the element', async () => {
    const html = await prerenderPage(
      `<html lang="ar" dir="rtl"><body><mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card></body></html>`,
    );
    expect(text(html)).toContain('قرابة 6 ملايين');
    expect(html).toMatch(/<mwfa-stat-card\s+indicator="[^"]+" lang="ar" dir="rtl">/);
  });

  // The scanner closed no element whose end tag HTML lets the author leave out: the second item
  // kept the first's French, and its figure read "approximately 600 milliards $US" once upgraded.
  it('closes list items, paragraphs and cells as HTML does when their end tags are left out', async () => {
    const pages = [
      '<ul><li lang="fr">Un<li>Remittances: <mwfa-value indicator="remittances"></mwfa-value></ul>',
      '<p lang="fr">Texte<div>Remittances: <mwfa-value indicator="remittances"></mwfa-value></div>',
      '<table><tr><td lang="fr">Un<td>Remittances: <mwfa-value indicator="remittances"></mwfa-value></table>',
      '<dl><dt lang="fr">Envois<dd>Remittances: <mwfa-value indicator="remittances"></mwfa-value></dl>',
    ];
    for (const page of pages) {
      const html = await prerenderPage(`<html lang="en"><body>${page}</body></html>`);
      expect(text(html), page).toContain('Remittances: approximately');
      expect(html, page).toMatch(/<mwfa-value\s+indicator="remittances" lang="en">/);
    }
    // A list in an item is a list of its own: its item does not close the outer one.
    const nested = await prerenderPage(
      '<ul><li lang="fr">Un <ul><li>deux</ul> <mwfa-value indicator="remittances"></mwfa-value></ul>',
    );
    expect(text(nested)).toContain('environ');
  });

  it('leaves an element’s own lang and dir as they are', async () => {
    const html = await prerenderPage(
      '<div lang="fr" dir="rtl"><mwfa-value indicator="international-migrants" lang="es" dir="ltr"></mwfa-value></div>',
    );
    expect(html).toMatch(/<mwfa-value\s+indicator="international-migrants" lang="es" dir="ltr">/);
    expect(text(html)).toContain('258\u00a0millones');
  });
});

// Found by a security review: each let a page, or a snippet, do what its author did not ask.
describe('prerenderPage and renderToString against crafted input', () => {
  // The browser reads "</ <mwfa-value …>" as a comment: the shadow root written for the element
  // became the <div>'s, and hid the paragraphs around it.
  it('leaves an element inside "</" and no letter alone: the browser reads a comment', async () => {
    const page =
      '<div id="wrap"><p>Intro.</p></ <mwfa-value indicator="remittances"></mwfa-value> ><p>More.</p></div>';
    expect(await prerenderPage(page)).toBe(page);
  });

  // HTML closes <svg/> at once: every element after it was left as it was, without a warning.
  it('renders the elements after a self-closed <svg/> or <math/>', async () => {
    for (const empty of ['<svg/>', '<math/>', '<svg><path d="M0 0"/></svg>']) {
      const html = await prerenderPage(
        `<p>${empty} <mwfa-value indicator="remittances"></mwfa-value></p>`,
      );
      expect(html, empty).toContain(DSD);
    }
  });

  // The browser reads `x="` as one unquoted value, so the mwfa tag below is inside data-x's
  // value: rendered there, its own quotes would end that value and the <img> would run.
  it('reads where a tag ends as the browser does: an mwfa tag inside an attribute value stays text', async () => {
    const page =
      '<p title=x=" data-x="a><mwfa-value value=1 unit=persons></mwfa-value><img src=x onerror=alert(1)>">hi</p>';
    expect(await prerenderPage(page)).toBe(page);
  });

  // The page's own words are written back into the page: a quote in a value must not end it there.
  it('writes a quote in an inline element’s attribute value so that it cannot end the value and add markup', async () => {
    const title = `"><img src=x onerror=alert(1)>`;
    const html = await renderToString(
      `<mwfa-key-message kind="call"><span title='${title}'>Words</span></mwfa-key-message>`,
    );
    expect(html).not.toContain('<img');
    const light = html.split('</template>')[1]!.replace(/<!--[\s\S]*?-->/g, '');
    const written = /<span title="([^"]*)">Words<\/span>/.exec(light)?.[1];
    expect(written === undefined ? undefined : decodeHTMLAttribute(written)).toBe(title);
  });

  it('takes linear time over many comments after an mwfa start tag', async () => {
    const page = `<p><mwfa-value value="1" unit="persons">${'<!---->'.repeat(200)}</mwfa-value></p>`;
    const started = performance.now();
    expect(await prerenderPage(page)).toContain(DSD);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('takes linear time over many end tags of elements that are not open', async () => {
    const page = `${'<p>'.repeat(30_000)}${'</b>'.repeat(30_000)}${VALUE}`;
    const started = performance.now();
    expect(await prerenderPage(page)).toContain(DSD);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('leaves an mwfa element inside SVG or MathML alone: a <template> there is no shadow root', async () => {
    const page = `<svg><foreignObject>${VALUE}</foreignObject></svg><math>${VALUE}</math>`;
    expect(await prerenderPage(page)).toBe(page);
  });

  it('refuses a snippet of more elements than MAX_ELEMENTS, whose output would be hundreds of times larger', async () => {
    const chart = '<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>';
    await expect(renderToString(chart.repeat(MAX_ELEMENTS + 1))).rejects.toThrow(
      /has 501 mwfa elements; at most 500/,
    );
  });

  // 100,000 <b> in a key message (800 kB) took 14 s and 500 MB; a 40,000-row table 24 s.
  it('refuses a snippet, or an element of a page, of more tags than MAX_TAGS, in seconds, not tens', async () => {
    // A few tenths of a second each alone; the limit leaves room for a busy CI machine.
    const seconds = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return (performance.now() - started) / 1000;
    };
    const words = `<mwfa-key-message kind="call">${'<b>x</b>'.repeat(100_000)}</mwfa-key-message>`;
    const refusingWords = () =>
      expect(renderToString(words)).rejects.toThrow(`More than ${MAX_TAGS} tags at position`);
    expect(await seconds(refusingWords)).toBeLessThan(10);
    const rows = '<tr><td>2000</td><td>1</td></tr>'.repeat(40_000);
    const refusingRows = () =>
      expect(
        prerenderPage(`<p>Table: <mwfa-trend-chart><table>${rows}</table></mwfa-trend-chart></p>`),
      ).rejects.toThrow(`at most ${MAX_TAGS} are accepted`);
    expect(await seconds(refusingRows)).toBeLessThan(10);
    // A table of 3,000 rows still renders.
    const table = Array.from({length: 3_000}, (_, i) => `<tr><td>${i}</td><td>1</td></tr>`).join(
      '',
    );
    await expect(
      renderToString(`<mwfa-trend-chart label="x"><table>${table}</table></mwfa-trend-chart>`),
    ).resolves.toContain(DSD);
  });
});

describe('renderToString: only documented attributes pass (built from custom-elements.json)', () => {
  it('renders documented attributes', async () => {
    const html = await renderToString('<mwfa-value indicator="remittances" lang="fr">');
    expect(html).toContain(DSD);
  });

  // As the package README lists them.
  it('accepts the global attributes and inline text elements the README promises', async () => {
    const global =
      'id="a" class="b" lang="en" dir="ltr" title="c" hidden aria-label="d" data-e="f"';
    const inline = [
      'span',
      'em',
      'strong',
      'b',
      'i',
      'abbr',
      'small',
      'sub',
      'sup',
      'cite',
      'q',
      'bdi',
    ]
      .map((tag) => `<${tag} class="g" aria-label="h">${tag}</${tag}>`)
      .join(' ');
    const html = await renderToString(
      `<mwfa-key-message kind="call" ${global}>${inline}<br class="g"></mwfa-key-message>`,
    );
    const light = html.replace(/<!--[\s\S]*?-->/g, '');
    expect(light).toContain('<sup class="g" aria-label="h">sup</sup>');
    expect(light).toContain('aria-label="d"');
  });

  it('refuses an attribute no element documents', async () => {
    await expect(renderToString('<mwfa-value colour="red">')).rejects.toThrow(
      /<mwfa-value> has no attribute "colour" \(known: .*indicator/,
    );
    // `series` is the chart's, not the value's.
    await expect(renderToString('<mwfa-value series="x">')).rejects.toThrow(SnippetError);
  });

  it('refuses nesting deeper than MAX_DEPTH instead of overflowing the stack', async () => {
    await expect(renderToString('<mwfa-value>'.repeat(5000))).rejects.toThrow(SnippetError);
    expect(MAX_DEPTH).toBe(32);
  });
});

describe('the mwfa CLI', () => {
  it('exits 2 with one line, no stack, for a snippet nested 5000 deep', async () => {
    const result = spawnSync(process.execPath, [cli, 'render'], {
      input: '<mwfa-value>'.repeat(5000),
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^mwfa: .*nested 33 deep/),
    ]);
  });

  it('exits 0 for a snippet with an unknown id, or 3 with --strict, warning on stderr', () => {
    const snippet = '<mwfa-stat-card indicator="remitances"></mwfa-stat-card>';
    const plain = spawnSync(process.execPath, [cli, 'render', snippet], {encoding: 'utf8'});
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('did you mean "remittances"');
    expect(plain.stdout).toContain('Figure not available');
    const strict = spawnSync(process.execPath, [cli, 'render', '--strict', snippet], {
      encoding: 'utf8',
    });
    expect(strict.status).toBe(3);
    const good = spawnSync(
      process.execPath,
      [cli, 'render', '--strict', '<mwfa-value indicator="remittances"></mwfa-value>'],
      {encoding: 'utf8'},
    );
    expect(good.status).toBe(0);
  });

  // `prerender -h` tried to read a page named "-h"; `render -h` rendered the text "-h".
  it('--help, -h and help print usage on stdout and exit 0, also after a command', () => {
    for (const asked of ['--help', '-h', 'help', 'render -h', 'prerender -h']) {
      const result = spawnSync(process.execPath, [cli, ...asked.split(' ')], {encoding: 'utf8'});
      expect(result.status, asked).toBe(0);
      expect(result.stdout, asked).toContain('Usage:');
      expect(result.stderr, asked).toBe('');
    }
  });

  // A build step that runs a mistyped command must stop, not go on with nothing rendered.
  it('exits 1 with usage for an unknown command or a blank snippet, and prints nothing', () => {
    for (const args of [
      ['rendr', VALUE],
      ['render', '   '],
    ]) {
      const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'});
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toContain('Usage:');
    }
  });

  it('prints usage and exits 1 without a command', async () => {
    const error = await run(process.execPath, [cli]).then(
      () => undefined,
      (e: {code: number; stderr: string}) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('Usage:');
  });

  /** A page with one element, in a folder of its own that is removed after the test. */
  const pageFile = () => {
    const folder = mkdtempSync(join(tmpdir(), 'mwfa-cli-'));
    onTestFinished(() => rmSync(folder, {recursive: true}));
    const page = join(folder, 'index.html');
    writeFileSync(page, `<!doctype html><html lang="en"><body>${VALUE}</body></html>`);
    return {folder, page};
  };

  it('prerender -o writes into a folder that does not exist yet (dist/ in a fresh project)', () => {
    const {folder, page} = pageFile();
    const output = join(folder, 'dist', 'index.html');
    const result = spawnSync(process.execPath, [cli, 'prerender', page, '-o', output], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('<template shadowroot');
  });

  it('prerender reads the page from stdin', () => {
    const {page} = pageFile();
    const result = spawnSync(process.execPath, [cli, 'prerender'], {
      input: readFileSync(page, 'utf8'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<template shadowroot');
    expect(result.stdout).toContain('600\u00a0billion');
  });

  // A page built with `prerender --strict` shipped "Figure not available" with exit code 0.
  it('prerender --strict exits 3 when an element of the page warned, 0 when none did', () => {
    const {folder, page} = pageFile();
    const misspelt = join(folder, 'misspelt.html');
    writeFileSync(misspelt, '<p><mwfa-value indicator="remitances"></mwfa-value></p>');
    const bad = spawnSync(process.execPath, [cli, 'prerender', '--strict', misspelt], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('did you mean "remittances"');
    const good = spawnSync(process.execPath, [cli, 'prerender', '--strict', page], {
      encoding: 'utf8',
    });
    expect(good.status).toBe(0);
  });

  it('prerender without -o prints the prerendered page', () => {
    const {page} = pageFile();
    const result = spawnSync(process.execPath, [cli, 'prerender', page], {encoding: 'utf8'});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<template shadowroot');
  });

  // `--out` instead of `-o` printed the page and wrote no file, with exit code 0.
  it('refuses an option it does not know, with usage, and writes nothing', () => {
    const {folder, page} = pageFile();
    const output = join(folder, 'dist', 'index.html');
    const result = spawnSync(process.execPath, [cli, 'prerender', page, '--out', output], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('mwfa: unknown option "--out"');
    expect(result.stderr).toContain('Usage:');
  });

  // `mwfa prerender in.html out.html` printed in.html prerendered and ignored out.html.
  it('refuses a second page, or -o without a file, and writes nothing', () => {
    const {folder, page} = pageFile();
    const output = join(folder, 'out.html');
    for (const args of [
      [page, output],
      [page, '-o'],
    ]) {
      const result = spawnSync(process.execPath, [cli, 'prerender', ...args], {encoding: 'utf8'});
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Usage:');
    }
    expect(existsSync(output)).toBe(false);
  });

  // `render -o x.html …` printed "-o x.html" before the figure, and wrote no file.
  it('refuses a short option the command does not take, and prints nothing', () => {
    for (const args of [
      ['render', '-o', 'x.html', VALUE],
      ['prerender', '-x'],
    ]) {
      const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'});
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toContain(`mwfa: unknown option "${args[1]}"`);
    }
  });

  // Read as UTF-8, a Windows-1252 page lost its accented letters to "�" and a UTF-16 one its
  // elements; a page declaring another charset showed the figures' no-break spaces as "Â". Each
  // exited 0, and -o wrote over the page.
  it('prerender refuses a page that is not UTF-8, or says it is not, and writes nothing', () => {
    const {folder} = pageFile();
    const value = Buffer.from(VALUE);
    const pages = {
      'windows-1252.html': Buffer.concat([Buffer.from('<p>R\xe9sum\xe9 ', 'latin1'), value]),
      'utf-16.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALUE, 'utf16le')]),
      'declared.html': Buffer.from(`<meta charset="windows-1252"><p>R&eacute;sum&eacute; ${VALUE}`),
    };
    const said = {
      'windows-1252.html': 'is not UTF-8: save it as UTF-8.',
      'utf-16.html': 'is UTF-16: save it as UTF-8.',
      'declared.html': 'declares charset=windows-1252; mwfa writes UTF-8',
    };
    for (const [name, bytes] of Object.entries(pages)) {
      const page = join(folder, name);
      writeFileSync(page, bytes);
      const result = spawnSync(process.execPath, [cli, 'prerender', page, '-o', page], {
        encoding: 'utf8',
      });
      expect(result.status, name).toBe(1);
      expect(result.stderr, name).toContain(said[name as keyof typeof said]);
      expect(readFileSync(page).equals(bytes), name).toBe(true);
    }
    // What browsers do not take for the page's encoding is not refused: a commented-out meta, a
    // "charset=" in a description, a declaration after a UTF-8 byte order mark (which wins), and
    // UTF-16 declared in a UTF-8 file (read as UTF-8).
    for (const head of [
      '<!-- <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"> --><meta charset="utf-8">',
      '<meta name="description" content="Why charset=latin1 breaks pages">',
      '\uFEFF<meta charset="windows-1252">',
      '<meta charset="utf-16">',
      '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
    ]) {
      const page = join(folder, 'accepted.html');
      writeFileSync(page, `${head}<p>${VALUE}</p>`);
      const result = spawnSync(process.execPath, [cli, 'prerender', page], {encoding: 'utf8'});
      expect(result.status, head).toBe(0);
      expect(result.stdout, head).toContain('<template shadowroot');
    }
    // A UTF-8 page keeps its byte order mark, as it keeps everything else around the elements.
    const marked = join(folder, 'marked.html');
    writeFileSync(marked, `\uFEFF<meta charset="utf-8">${VALUE}`);
    const kept = spawnSync(process.execPath, [cli, 'prerender', marked], {encoding: 'utf8'});
    expect(kept.status).toBe(0);
    expect(kept.stdout.startsWith('\uFEFF<meta charset="utf-8"><mwfa-value')).toBe(true);
  });

  // A regular expression over the page looked for the charset: 100,000 unclosed "<meta" took 40 s,
  // "<!--" 14 s (0.2 s now, as before the check).
  it('looks for the declared charset in time linear in the page', () => {
    const {folder} = pageFile();
    for (const [name, repeated] of [
      ['metas.html', '<meta '],
      ['comments.html', '<!--'],
      ['closed.html', '<meta name="x"><!-- x -->'],
      ['open-tags.html', '<'],
      ['open-metas.html', '<meta charset=utf-8 '],
    ] as const) {
      const page = join(folder, name);
      writeFileSync(page, `<p>${VALUE}</p>${repeated.repeat(100_000)}`);
      const started = performance.now();
      const result = spawnSync(process.execPath, [cli, 'prerender', page], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.status, name).toBe(0);
      expect(performance.now() - started, name).toBeLessThan(8000);
    }
  });

  // In CI stdin is no terminal: `prerender -o dist/index.html` with no page wrote an empty file.
  it('prerender refuses an empty page on stdin and writes nothing', () => {
    const {folder} = pageFile();
    const output = join(folder, 'dist', 'index.html');
    const result = spawnSync(process.execPath, [cli, 'prerender', '-o', output], {
      input: '',
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('mwfa: stdin is empty: there is no page.');
    expect(existsSync(output)).toBe(false);
  });

  // `mwfa prerender page.html | head` ended in an unhandled EPIPE and its stack trace.
  it('prerender into a reader that stops early ends quietly', () => {
    const {folder} = pageFile();
    const page = join(folder, 'long.html');
    writeFileSync(page, `<p>${VALUE}</p>\n`.repeat(2000));
    // The paths go through the environment: a clone's folder may hold spaces, quotes or "$".
    const result = spawnSync('sh', ['-c', '"$NODE" "$CLI" prerender "$PAGE" | head -c 10'], {
      encoding: 'utf8',
      env: {...process.env, NODE: process.execPath, CLI: cli, PAGE: page},
    });
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe('');
  });

  // An editor's byte order mark came out as an invisible character before the figure.
  it('render leaves out the byte order mark of a snippet on stdin', () => {
    const result = spawnSync(process.execPath, [cli, 'render'], {
      input: `\uFEFF${VALUE}`,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\uFEFF');
  });

  it('exits 1 with one line, no stack, for a page that does not exist or is a folder', () => {
    const result = spawnSync(process.execPath, [cli, 'prerender', 'no-such-page.html'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^mwfa: .*no-such-page\.html/),
    ]);
    const folder = spawnSync(process.execPath, [cli, 'prerender', tmpdir()], {encoding: 'utf8'});
    expect(folder.status).toBe(1);
    expect(folder.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^mwfa: EISDIR/)]);
  });

  // `script` (util-linux) gives the CLI a terminal as stdin, as when typed without a file.
  it.skipIf(!existsSync('/usr/bin/script'))(
    'prerender without a page on a terminal prints usage and exits 1',
    () => {
      const result = spawnSync(
        '/usr/bin/script',
        ['-qec', '"$NODE" "$CLI" prerender', '/dev/null'],
        {
          encoding: 'utf8',
          timeout: 20_000,
          env: {...process.env, NODE: process.execPath, CLI: cli},
        },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('mwfa prerender: give a page');
      expect(result.stdout).toContain('Usage:');
    },
  );
});
