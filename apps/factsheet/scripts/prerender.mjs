// Prerenders the built factsheet with @mwfa/elements/ssr: every mwfa element of
// dist/index.html gets its declarative shadow DOM, so the page reads without JavaScript and
// does not move when the elements upgrade.
//
// The page as Vite built it stays as dist/client-only.html, the variant without prerendering.
// There the module script gets blocking="render" (Vite drops the attribute, so it is added
// here): the first paint waits until the elements have rendered, so nothing shifts. With
// JavaScript off the script is never fetched and nothing waits.
import {readFileSync, writeFileSync} from 'node:fs';
import {prerenderPage} from '@mwfa/elements/ssr';

const page = readFileSync('dist/index.html', 'utf8');
const script = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
if (!script.test(page)) throw new Error('dist/index.html: no module script found.');

writeFileSync(
  'dist/client-only.html',
  page.replace(script, '<script type="module" blocking="render" crossorigin src="$1"></script>'),
);
const html = await prerenderPage(page);
writeFileSync('dist/index.html', html);
console.log(
  `Prerendered dist/index.html (${(html.length / 1000).toFixed(1)} kB) and kept dist/client-only.html`,
);
