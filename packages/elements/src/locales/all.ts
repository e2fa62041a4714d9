// The words of all five languages besides English, for pages in several of them:
// `import '@mwfa/elements/locales/all.js'`, or `<script type="module" src=".../dist/cdn/locales/all.js">`.
import './ar.js';
import './es.js';
import './fr.js';
import './ru.js';
import './zh.js';
