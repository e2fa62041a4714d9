/**
 * The README's list of ids, written from the data in the data's own words (`pnpm run readme`
 * writes it between the markers; test/readme.test.ts checks the README against the data).
 */
import type {Collections} from './build-data.js';
import type {Period} from '../src/types.js';

const START = '<!-- ids:start -->';
const END = '<!-- ids:end -->';

/** A Markdown table laid out as Prettier lays it out, so `prettier --check` leaves it alone. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(3, title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

const code = (id: string): string => `\`${id}\``;
const years = ({start, end, basis}: Period): string =>
  `${start === end ? start : `${start}–${end}`}${basis === 'report-year' ? ' (report year)' : ''}`;

/** The section between the markers: one table per collection, from the records' own fields. */
export function idsSection(data: Omit<Collections, 'claimChecks'>): string {
  return [
    '**Indicators** (`indicators`), with their `label` and the note’s words (`provenance.quote`):',
    table(
      ['id', 'label', 'the note says'],
      data.indicators.map((i) => [code(i.id), i.label, i.provenance.quote]),
    ),
    '**Key messages** (`keyMessages`), with their `kind` and `summary`:',
    table(
      ['id', 'kind', 'summary'],
      data.keyMessages.map((m) => [code(m.id), m.kind, m.summary]),
    ),
    '**Milestones** (`milestones`):',
    table(
      ['id', 'label'],
      data.milestones.map((m) => [code(m.id), m.label]),
    ),
    '**Context series** (`series`), with their years and `status`:',
    table(
      ['id', 'label', 'years', 'status'],
      data.series.map((s) => {
        const first = s.observations[0]?.year;
        const last = s.observations.at(-1)?.year;
        const projected = s.observations.filter((o) => o.projection).map((o) => o.year);
        const span = `${first}–${last}${projected.length > 0 ? ` (${projected.join(', ')} a projection)` : ''}`;
        return [code(s.id), s.label, span, s.status];
      }),
    ),
    '**Context figures** (`contextFigures`); “(report year)”: the source gives no year, and the year of its report stands in (`period.basis`):',
    table(
      ['id', 'label', 'period'],
      data.contextFigures.map((f) => [code(f.id), f.label, years(f.period)]),
    ),
    '**Sources** (`sources`):',
    table(
      ['id', 'publisher', 'title'],
      data.sources.map((s) => [code(s.id), s.publisher, s.title]),
    ),
  ].join('\n\n');
}

/** `readme` with the section between the markers replaced; throws when a marker is missing. */
export function withIdsSection(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} section.`);
  return `${readme.slice(0, start + START.length)}\n\n${section}\n\n${readme.slice(end)}`;
}
