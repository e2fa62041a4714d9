import {expect, html, waitUntil} from '@open-wc/testing';
import {
  expectAccessible,
  languagesOf,
  readAloud,
  renderedElement,
  textLeft,
  warnings,
} from '../../test/browser.js';
import '@mwfa/elements/key-message.js';
import '@mwfa/elements/value.js';
import '@mwfa/elements/locales/ar.js';
import '@mwfa/elements/locales/zh.js';
import type {MwfaKeyMessage} from '@mwfa/elements/key-message.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element | null) => el?.textContent?.replace(/[ \n\t]+/g, ' ').trim();

const message = (template: ReturnType<typeof html>) =>
  renderedElement<MwfaKeyMessage>(template, 'mwfa-key-message');

describe('<mwfa-key-message>', () => {
  it('shows the quote, its kind in words and its attribution', async () => {
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>`,
    );
    expect(text(part(el, 'kind'))).to.equal('Warning');
    const quote = part(el, 'quote')!;
    expect(quote.localName).to.equal('blockquote');
    expect(quote.lang).to.equal('en');
    expect(text(quote)).to.equal(
      'xenophobic political narratives about migration are all too widespread today',
    );
    const attribution = part(el, 'attribution')!;
    expect(attribution.localName).to.equal('figcaption');
    expect(attribution.querySelector('cite')!.textContent).to.match(/^Background Note 1/);
    expect(text(attribution)).to.contain('section');
    expect(part(el, 'figures')?.localName).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('marks the English words of its attribution so on a page in a language without its words', async () => {
    const el = await message(
      html`<div lang="de">
        <mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>
      </div>`,
    );
    expect(text(part(el, 'attribution'))).to.contain(', section “');
    expect(languagesOf(el, 'section')).to.deep.equal(['en']);
    // The page's own attribution is in the page's language.
    const own = await message(
      html`<div lang="de">
        <mwfa-key-message attribution="Bundesamt">Unsere Botschaft</mwfa-key-message>
      </div>`,
    );
    expect(languagesOf(own, 'Bundesamt')).to.deep.equal(['de']);
  });

  it('in a right-to-left message, the dash leads the English title, left of it', async () => {
    // In a phone-wide Arabic message the title wraps: the dash must not end its first line
    // ("Making Migration Work —" read as part of the title).
    const el = await message(
      html`<div lang="ar" dir="rtl" style="width: 360px">
        <mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>
      </div>`,
    );
    const cite = part(el, 'attribution')!.querySelector('cite')!;
    const [dash] = [...part(el, 'attribution')!.childNodes, ...cite.parentNode!.childNodes]
      .filter((node) => node.nodeType === 3 && node.textContent!.includes('—'))
      .map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getClientRects()[0]!;
      });
    const title = cite.getClientRects()[0]!;
    expect(Math.round(dash!.top)).to.equal(Math.round(title.top));
    expect(dash!.right).to.be.at.most(title.left + 1);
  });

  it('on an Arabic page, an English message’s related figures read in order: "3 times"', async () => {
    // Drawn right to left, "3 times" read "times 3".
    const el = await message(
      html`<div lang="ar" dir="rtl" style="width: 600px">
        <mwfa-key-message lang="en" message="overwhelming-evidence"></mwfa-key-message>
      </div>`,
    );
    const figure = [...part(el, 'figures')!.querySelectorAll('strong')].find(
      (strong) => strong.textContent === '3 times',
    )!;
    expect(textLeft(figure, '3')).to.be.below(textLeft(figure, 'times'));
  });

  it('on a right-to-left page without its language (Hebrew), the English attribution reads in order', async () => {
    // "…on migration, section “…”": the comma after the title, then "section", then the heading.
    const el = await message(
      html`<div lang="he" dir="rtl" style="width: 360px">
        <mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>
      </div>`,
    );
    const attribution = part(el, 'attribution')!;
    const rect = (wanted: string) => {
      const walker = document.createTreeWalker(attribution, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const at = t.data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(t, at);
        range.setEnd(t, at + wanted.length);
        return range.getClientRects()[0]!;
      }
      throw new Error(`no "${wanted}" in the attribution`);
    };
    const comma = rect(', ');
    const section = rect('section');
    // On one line, the comma before (left of) "section", not after it ("section ,on migration").
    expect(Math.round(comma.top)).to.equal(Math.round(section.top));
    expect(comma.left).to.be.below(section.left);
    expect(rect('What are').left).to.be.above(section.left);
  });

  // The English title is quoted with the marks of the language around it: they were English ones,
  // after a space, in every language ("章节 “What are …”").
  it('quotes the section’s title with the marks of the page’s language', async () => {
    const el = await message(
      html`<div lang="zh">
        <mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>
      </div>`,
    );
    const attribution = () => text(part(el, 'attribution')) ?? '';
    expect(attribution()).to.match(/，章节“What are the Secretary-General['’]s .+”$/);
    el.parentElement!.lang = 'ar';
    await waitUntil(() => attribution().includes('القسم'));
    expect(attribution()).to.match(/، القسم «What are .+»$/);
    el.parentElement!.lang = 'en';
    await waitUntil(() => attribution().includes('section'));
    expect(attribution()).to.match(/, section “What are .+”$/);
  });

  it('keeps the data’s quote when the light DOM holds only comments (SSR markers)', async () => {
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives"
        ><!--lit-part--><!--/lit-part--></mwfa-key-message
      >`,
    );
    expect(text(part(el, 'quote'))).to.equal(
      'xenophobic political narratives about migration are all too widespread today',
    );
    expect(part(el, 'message')!.hidden).to.equal(true);
  });

  // WordPress's wpautop writes a <br> or an empty <p> into an element that stands on its own line.
  it('keeps the data’s quote when the light DOM holds only a <br> or an empty <p>', async () => {
    for (const markup of ['<br />\n', '\n<p></p>\n', '<p> <br></p>']) {
      const el = await message(
        html`<mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>`,
      );
      el.append(document.createRange().createContextualFragment(markup));
      // slotchange and the observer of the light DOM report after the current task.
      await new Promise((done) => setTimeout(done));
      await el.updateComplete;
      expect(text(part(el, 'quote')), markup).to.equal(
        'xenophobic political narratives about migration are all too widespread today',
      );
      expect(part(el, 'message')!.hidden).to.equal(true);
    }
  });

  it('keeps the data’s quote beside a child meant for a slot it does not have, with a warning', async () => {
    // Only the default slot takes the page's message: a footnote copied from a stat card is not one.
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives"
        ><p slot="footnote">Updated in 2019.</p></mwfa-key-message
      >`,
    );
    expect(text(part(el, 'quote'))).to.equal(
      'xenophobic political narratives about migration are all too widespread today',
    );
    expect(part(el, 'message')!.hidden).to.equal(true);
    expect(warnings.map((w) => String(w[0]))).to.deep.equal([
      '<mwfa-key-message>: content="<p>" is not shown: <mwfa-key-message> has no slot="footnote".',
    ]);
  });

  it('shows the page’s message once a framework fills in its text', async () => {
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives"><p></p></mwfa-key-message>`,
    );
    expect(part(el, 'quote')).not.to.equal(null);
    el.querySelector('p')!.append('Xenophobic narratives are too widespread.');
    await waitUntil(() => part(el, 'quote') === null);
    expect(part(el, 'message')!.hidden).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  // Moved in the same task, it showed neither its own words nor the report's quote.
  it('shows the report’s quote when its own words are taken out just before it moves', async () => {
    const el = await message(
      html`<div>
        <mwfa-key-message message="xenophobic-narratives">Our own words.</mwfa-key-message>
        <section></section>
      </div>`,
    );
    expect(part(el, 'quote')).to.equal(null);
    el.replaceChildren();
    el.parentElement!.querySelector('section')!.append(el);
    await waitUntil(() => part(el, 'quote') !== null);
    expect(text(part(el, 'quote'))).to.contain('xenophobic political narratives');
    expect(part(el, 'message')!.hidden).to.equal(true);
  });

  it('styles each kind differently, and names it', async () => {
    const colours = new Set<string>();
    const kinds = {
      'call-for-cooperation': 'Call',
      'xenophobic-narratives': 'Warning',
      'avoid-draconian-policies': 'Recommendation',
      'not-legally-binding': 'Commitment',
      'overwhelming-evidence': 'Finding',
    };
    for (const [id, word] of Object.entries(kinds)) {
      const el = await message(html`<mwfa-key-message message=${id}></mwfa-key-message>`);
      expect(text(part(el, 'kind')), id).to.equal(word);
      colours.add(getComputedStyle(part(el, 'base')!).borderInlineStartColor);
      await expectAccessible(el);
    }
    expect(colours.size).to.equal(5);
  });

  it('renders the related figures through the shared formatter', async () => {
    const el = await message(
      html`<mwfa-key-message message="overwhelming-evidence"></mwfa-key-message>`,
    );
    const items = [...part(el, 'figures')!.querySelectorAll('li')];
    expect(items.map((item) => text(item.querySelector('strong')))).to.deep.equal([
      'some 85%',
      'approximately $600 billion',
      '3 times',
      'two-thirds',
    ]);
    // Each figure is read with its label, in one list item; the label is the report's English.
    expect(text(items[1]!)).to.match(/^approximately \$600 billion \S/);
    expect(items[1]!.querySelector<HTMLElement>('strong + span')!.lang).to.equal('en');
    await expectAccessible(el);
  });

  it('says of each figure what the note says of it: the years of a total, the comparison', async () => {
    // The note: "Over 20,000 migrants and refugees died … abroad since 2014, more than 5,000 of
    // them in 2017 alone"; "two-thirds are in work (as opposed to half of women worldwide)".
    const deaths = await message(
      html`<mwfa-key-message message="large-movements-strategy"></mwfa-key-message>`,
    );
    const [total, year] = [...part(deaths, 'figures')!.querySelectorAll('li')].map(text);
    // The years as the stat card writes them (Intl: thin spaces around the dash in English).
    expect(total).to.match(
      /^over 20,000 migrants and refugees died while looking for safety and dignity abroad \(2014\s?–\s?2017\)$/,
    );
    expect(year).to.equal('more than 5,000 migrants and refugees died in 2017 alone');
    // In Chinese, in its brackets: "（2014–2017年）", not " (2014–2017年)".
    const zh = await message(
      html`<div lang="zh">
        <mwfa-key-message message="large-movements-strategy"></mwfa-key-message>
      </div>`,
    );
    expect(text(part(zh, 'figures')!.querySelector('li'))).to.match(/abroad（2014\s?–\s?2017年）$/);
    const evidence = await message(
      html`<mwfa-key-message message="overwhelming-evidence"></mwfa-key-message>`,
    );
    const work = part(evidence, 'figures')!.querySelectorAll('li')[3]!;
    expect(text(work)).to.equal(
      'two-thirds of migrant women are in work (as opposed to half of women worldwide)',
    );
    expect(work.querySelector<HTMLElement>('strong + span')!.lang).to.equal('en');
    await expectAccessible(evidence);
  });

  it('sets its text from the start edge on a page that centres or justifies its text', async () => {
    for (const align of ['center', 'justify']) {
      const el = await message(
        html`<div style="text-align: ${align}; width: 640px">
          <mwfa-key-message message="overwhelming-evidence"></mwfa-key-message>
        </div>`,
      );
      // Each figure starts right after its bullet, not in the middle of the line.
      for (const item of part(el, 'figures')!.querySelectorAll('li')) {
        const figure = item.querySelector('strong')!.getBoundingClientRect();
        expect(figure.left - item.getBoundingClientRect().left, align).to.be.below(1);
      }
      // No gaps stretched between the words of the quote.
      const quote = part(el, 'quote')!.querySelector('p')!;
      expect(getComputedStyle(quote).textAlign, align).to.equal('start');
    }
  });

  it('reads "Related figures" once, right before the figures', async () => {
    const el = await message(
      html`<mwfa-key-message message="overwhelming-evidence"></mwfa-key-message>`,
    );
    const read = readAloud(el);
    expect(read.filter((text) => text === 'Related figures')).to.have.length(1);
    expect(read[read.indexOf('Related figures') + 1]).to.equal('some 85%');
  });

  it('speaks the page’s language; the report’s words stay English', async () => {
    const el = await message(
      html`<div lang="ar" dir="rtl">
        <mwfa-key-message message="large-movements-strategy"></mwfa-key-message>
      </div>`,
    );
    expect(text(part(el, 'kind'))).to.equal('دعوة');
    expect(text(el.shadowRoot!.querySelector('.heading'))).to.equal('أرقام ذات صلة');
    expect(text(part(el, 'figures')!.querySelector('strong'))).to.equal('ما يزيد على 20,000');
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    el.parentElement!.lang = 'zh';
    el.parentElement!.dir = 'ltr';
    await waitUntil(() => text(part(el, 'kind')) === '呼吁');
    await expectAccessible(el.parentElement!);
  });

  it('shows the page’s own message that quotes the report’s words', async () => {
    // A server rendering whose <template> a filter removed holds the quote and its section; a
    // page's message may hold the quote alone.
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives"
        ><p>
          The Secretary-General warns that “xenophobic political narratives about migration are all
          too widespread today”.
        </p></mwfa-key-message
      >`,
    );
    expect(part(el, 'quote')?.localName).to.equal(undefined);
    expect(part(el, 'message')!.hidden).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('shows the page’s own message that quotes the report’s words and names their section', async () => {
    // It was taken for a server rendering whose <template> a filter removed: hidden, the quote
    // shown in its place, and a warning about a filter the page never went through.
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives"
        ><p>
          Asked “What are the Secretary-General's overall messages in this report?”, the note warns
          that <q>xenophobic political narratives about migration are all too widespread today</q>.
          Our city answers with welcome.
        </p></mwfa-key-message
      >`,
    );
    expect(text(part(el, 'quote'))).to.equal(undefined);
    expect(part(el, 'message')!.hidden).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('sets the page’s own paragraphs against its edges and keeps the page’s space between them', async () => {
    // A page's margins for <p> (Bootstrap's 1rem below, the browser's 1em around) doubled the
    // callout's padding above and below the message.
    const el = await message(
      html`<div>
        <style>
          .page-margins p {
            margin: 16px 0;
          }
        </style>
        <mwfa-key-message class="page-margins"
          ><p>First.</p>
          <p>Second.</p></mwfa-key-message
        >
      </div>`,
    );
    const box = part(el, 'message')!.getBoundingClientRect();
    const [first, second] = [...el.querySelectorAll('p')].map((p) => p.getBoundingClientRect());
    expect(first!.top).to.be.closeTo(box.top, 0.5);
    expect(second!.bottom).to.be.closeTo(box.bottom, 0.5);
    expect(second!.top - first!.bottom).to.be.closeTo(16, 0.5);
  });

  it('shows the page’s own message that shows a style rule as code', async () => {
    const el = await message(
      html`<mwfa-key-message kind="finding"
        ><p>
          Our designers style the element with <code>:host{display:block}</code> alone.
        </p></mwfa-key-message
      >`,
    );
    expect(text(part(el, 'quote'))).to.equal(undefined);
    expect(part(el, 'message')!.hidden).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('slotted content replaces the quote and binds figures with <mwfa-value>', async () => {
    const el = await message(
      html`<mwfa-key-message kind="call" attribution="Our editorial team">
        Over <mwfa-value indicator="migrant-deaths-since-2014"></mwfa-value> people died.
      </mwfa-key-message>`,
    );
    expect(part(el, 'quote')?.localName).to.equal(undefined);
    expect(part(el, 'message')!.hidden).to.equal(false);
    expect(text(part(el, 'kind'))).to.equal('Call');
    expect(text(part(el, 'attribution'))).to.equal('— Our editorial team');
    const value = el.querySelector('mwfa-value')!;
    await value.updateComplete;
    expect(value.shadowRoot!.textContent).to.contain('over 20,000');
    expect(warnings).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('kind overrides the data’s kind', async () => {
    const el = await message(
      html`<mwfa-key-message message="xenophobic-narratives" kind="call"></mwfa-key-message>`,
    );
    expect(text(part(el, 'kind'))).to.equal('Call');
  });

  it('reads a message id without the spaces a paste leaves around it', async () => {
    const el = await message(html`<mwfa-key-message message=" rule-of-law "></mwfa-key-message>`);
    expect(text(part(el, 'kind'))).to.equal('Recommendation');
    expect(warnings).to.deep.equal([]);
  });

  it('reads a message id without the curly quotes a word processor writes around it', async () => {
    const el = await message(html`<mwfa-key-message message="”rule-of-law”"></mwfa-key-message>`);
    expect(text(part(el, 'kind'))).to.equal('Recommendation');
    expect(warnings).to.deep.equal([]);
  });

  it('reads kind in any case, as HTML reads its own keywords', async () => {
    const el = await message(
      html`<mwfa-key-message message="rule-of-law" kind="Warning"></mwfa-key-message>`,
    );
    expect(text(part(el, 'kind'))).to.equal('Warning');
    expect(warnings).to.deep.equal([]);
  });

  it('theme="dark" switches to the dark surface', async () => {
    const el = await message(
      html`<mwfa-key-message theme="dark" message="rule-of-law"></mwfa-key-message>`,
    );
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(31, 38, 48)');
    await expectAccessible(el);
  });

  it('kind and theme set as properties restyle the message, as their attributes do', async () => {
    const el = await message(html`<mwfa-key-message message="rule-of-law"></mwfa-key-message>`);
    const style = () => getComputedStyle(part(el, 'base')!);
    // A recommendation's green edge on the light surface.
    expect(style().borderInlineStartColor).to.equal('rgb(27, 107, 58)');
    expect(style().backgroundColor).to.equal('rgb(243, 246, 249)');
    el.kind = 'warning';
    el.theme = 'dark';
    await el.updateComplete;
    expect(text(part(el, 'kind'))).to.equal('Warning');
    // The dark scheme's warning colour, on the dark surface.
    expect(style().borderInlineStartColor).to.equal('rgb(240, 179, 94)');
    expect(style().backgroundColor).to.equal('rgb(31, 38, 48)');
    expect(el.matches('[kind="warning"][theme="dark"]')).to.equal(true);
    await expectAccessible(el);
  });

  describe('bad input', () => {
    it('an unknown id: a visible fallback and one warning with close matches', async () => {
      const el = await message(
        html`<mwfa-key-message message="xenophobic-narrative"></mwfa-key-message>`,
      );
      expect(text(part(el, 'quote'))).to.equal('Message not available');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain(
        '<mwfa-key-message>: message="xenophobic-narrative" is not a key message in @mwfa/data; did you mean "xenophobic-narratives"?',
      );
      await expectAccessible(el);
    });

    it('a bad kind: one warning, the data’s kind kept', async () => {
      const el = await message(
        html`<mwfa-key-message message="xenophobic-narratives" kind="alarm"></mwfa-key-message>`,
      );
      expect(text(part(el, 'kind'))).to.equal('Warning');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('kind="alarm"');
    });

    it('markup in attribution is shown as text with one warning', async () => {
      const el = await message(
        html`<mwfa-key-message kind="call" attribution=${'<script>alert(1)</script>'}
          >Text</mwfa-key-message
        >`,
      );
      expect(text(part(el, 'attribution'))).to.equal('— <script>alert(1)</script>');
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect(warnings.length).to.equal(1);
    });

    it('an attribution of spaces only keeps the report’s, not a lone dash', async () => {
      const el = await message(
        html`<mwfa-key-message
          message="xenophobic-narratives"
          attribution="  "
        ></mwfa-key-message>`,
      );
      expect(text(part(el, 'attribution'))).to.match(/^— Background Note 1/);
    });

    it('nothing at all: a fallback and one warning', async () => {
      const el = await message(html`<mwfa-key-message></mwfa-key-message>`);
      expect(text(part(el, 'quote'))).to.equal('Message not available');
      expect(warnings.length).to.equal(1);
      await expectAccessible(el);
    });
  });

  // define() must skip the tag it is asked again (see the stat card's test); two copies of the
  // library: test/pages.test.ts.
  it('running the registering module again does not throw', async () => {
    await import(
      /* @vite-ignore */ `${new URL('../../dist/key-message.js', import.meta.url).href}?copy=2`
    );
  });
});
