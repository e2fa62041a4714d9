import type {Indicator, Qualifier, Source, Unit} from '@mwfa/data';
import {closeMatches} from '@mwfa/data/close-matches';
import {getIndicator, indicators} from '@mwfa/data/indicators';
import {getSource, sources} from '@mwfa/data/sources';
import {usesDecimalComma, type Figure} from './format.js';
import {en} from './messages.js';
import {notInData, readId, unknownIdHint} from './suggest.js';

/** Reports one bad attribute value (the element dedupes and names itself). */
export type Warn = (attribute: string, value: unknown, hint: string) => void;

/** The attributes through which a page asks for a figure. */
export interface FigureAttributes {
  indicator: string | null;
  value: string | null;
  unit: string | null;
  qualifier: string | null;
}

/** The units a page may give its own figures in. */
export const UNITS: readonly Unit[] = ['persons', 'percent', 'usd', 'ratio'];
/** The qualifiers a page may give: `none`, and every other (`Messages` has a template for each). */
const QUALIFIERS = ['none', ...Object.keys(en.qualifier)] as readonly Qualifier[];

/**
 * The keyword of `allowed` that `value` names, in any case as HTML's own keywords are
 * (`dir="RTL"`), and without the spaces or curly quotes a paste leaves around it (`readId`): a CMS
 * author writes the currency `unit="USD"` or `unit="usd "`, and showing dollars as persons would
 * misstate the figure. Undefined when absent or empty (a CMS template's empty field, which
 * counts as not given, as a text attribute's does), and, after a warning, when it names none.
 * `then` is added to the warning, e.g. "; persons is used".
 */
export function keyword<T extends string>(
  attribute: string,
  value: string | null,
  allowed: readonly T[],
  warn: Warn,
  then = '',
): T | undefined {
  const read = readId(value)?.toLowerCase();
  if (!read) return undefined;
  const found = allowed.find((entry) => entry === read);
  if (!found) warn(attribute, value, `is not one of ${allowed.join(', ')}${then}`);
  return found;
}

/**
 * Warns about each of `given` that is set beside an indicator (or `by`), which gives its own.
 * Empty counts as not given.
 */
export function warnUnused(given: Record<string, unknown>, warn: Warn, by = 'the indicator'): void {
  for (const [name, value] of Object.entries(given)) {
    if (value != null && value !== '') warn(name, value, `is not used: ${by} gives its own`);
  }
}

/**
 * The figure the attributes ask for: an indicator of `@mwfa/data` by id, or one the page
 * supplies (`value`, `unit`, `qualifier`). `figure` is undefined, after one warning, when there
 * is none to show, as when a `unit` or `qualifier` is not one it knows. The id is read
 * without the spaces or curly quotes a paste leaves around it (`readId`). `lang` is the element's
 * (for `Intl`): where it writes decimals with a comma, "20.000" is no number.
 */
export function resolveFigure(
  {indicator: given, value, unit, qualifier}: FigureAttributes,
  warn: Warn,
  lang = 'en',
): {figure?: Figure; indicator?: Indicator} {
  const id = readId(given);
  if (id) {
    const indicator = getIndicator(id);
    if (!indicator) {
      const known = indicators.map((entry) => entry.id);
      warn('indicator', given, unknownIdHint('an indicator', id, known));
    }
    if (indicator) warnUnused({value, unit, qualifier}, warn);
    return {figure: indicator, indicator};
  }
  if (value == null) {
    warn('indicator', id ?? '', 'is missing: set indicator, or value');
    return {};
  }
  // Decimal notation only: `Number` would also read "0x10" as 16 and "0b11" as 3.
  const number = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(number)) {
    warn('value', value, 'is not a number: write digits only, e.g. 20000');
    return {};
  }
  // "20.000" on a French, German or Spanish page is twenty thousand there, and 20 to `Number`.
  if (/^\s*[-+]?[1-9]\d{0,2}(\.\d{3})+\s*$/.test(value) && usesDecimalComma(lang)) {
    const whole = value.trim().replace(/\./g, '');
    warn('value', value, `may be ${number} or ${whole}: write ${whole} (or ${number})`);
    return {};
  }
  // Past 2^53 not every whole number exists as a JavaScript number: 99999999999999999999 would
  // be shown as "100,000,000 trillion".
  if (Math.abs(number) > Number.MAX_SAFE_INTEGER) {
    warn('value', value, `is too large to show exactly (beyond ±${Number.MAX_SAFE_INTEGER})`);
    return {};
  }
  // A unit or qualifier given but not known is not left out: "20,000" for qualifier="about" would
  // state as exact what the page hedged, and dollars shown as persons misstate the figure.
  let unknown = false;
  const refuse: Warn = (...problem) => {
    unknown = true;
    warn(...problem);
  };
  const figure: Figure = {
    // `|| 0`: "-0" is shown as 0.
    value: number || 0,
    unit: keyword('unit', unit, UNITS, refuse) ?? 'persons',
    qualifier: keyword('qualifier', qualifier, QUALIFIERS, refuse) ?? 'none',
  };
  return unknown ? {} : {figure};
}

/**
 * A text attribute as shown: undefined when absent or only spaces (a CMS template's empty field),
 * which then counts as not given. Warns when it holds markup; Lit renders it as text either way.
 */
export function checkText(attribute: string, value: string | null, warn: Warn): string | undefined {
  if (value && /<[a-z!/?]/i.test(value)) {
    warn(attribute, value, 'contains markup, which is shown as text');
  }
  return value?.trim() || undefined;
}

/**
 * A page's `source` as cited: the source of `@mwfa/data` with that id (read as `readId` reads
 * ids), else the page's own citation, as written. Undefined (or empty) when not given. Text shaped
 * as an id (lower-case words and hyphens) and close to a source's is taken for a misspelt id:
 * shown as written, with a warning that suggests the id. Other text ("in-house") is a citation.
 */
export function citeSource(source: string | undefined, warn: Warn): Source | string | undefined {
  const id = readId(source);
  const found = id && getSource(id);
  if (id && !found && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(id)) {
    const close = closeMatches(
      id,
      sources.map((known) => known.id),
    );
    if (close.length > 0) {
      warn('source', source, `${notInData('a source', close)} (shown as written)`);
    }
  }
  return found || source;
}
