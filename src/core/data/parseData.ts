// Reading two columns of numbers pasted or loaded by a person: comma, semicolon, tab or whitespace
// separated, an optional header row, quotes around numbers, CRLF. Text is only split and matched against
// a strict number pattern, never evaluated. Every row is accounted for: good rows are kept, bad ones named.

/** Most data rows read; the rest are reported, not read. */
export const MAX_ROWS = 10_000;

export interface DataProblem {
  /** 1-based line of the text, or null for a problem of the whole text. */
  readonly line: number | null;
  readonly message: string;
}

export interface ParsedData {
  readonly xs: number[];
  readonly ys: number[];
  /** The header row's two names, when the first row is a header. */
  readonly header: readonly [string, string] | null;
  /** The line of each good row (xs[i] came from line lines[i]). */
  readonly lines: number[];
  /** Each problem as a sentence beginning with its line ("line 7: 'abc' is not a number"). */
  readonly problems: DataProblem[];
}

export type Separator = ',' | ';' | '\t' | 'space';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A field as a finite number, or null. Surrounding spaces and one pair of quotes are ignored. Pure. */
export function readNumber(field: string): number | null {
  const t = unquote(field);
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** The field without surrounding blanks and one pair of matching quotes. Pure. */
function unquote(field: string): string {
  const t = field.trim();
  const q = t.charAt(0);
  return t.length >= 2 && (q === '"' || q === "'") && t.endsWith(q) ? t.slice(1, -1).trim() : t;
}

/** The separator a line uses: tab, then semicolon, then comma, else blanks. Pure. */
export function detectSeparator(line: string): Separator {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  if (line.includes(',')) return ',';
  return 'space';
}

/** A line's fields (a trailing empty field, as some spreadsheets write, is dropped). Pure. */
function fieldsOf(line: string, sep: Separator): string[] {
  const f = sep === 'space' ? line.trim().split(/\s+/) : line.split(sep);
  if (f.length > 2 && f[f.length - 1]?.trim() === '') f.pop();
  return f;
}

/** A field quoted safely in a message: no control characters, at most 20 characters. Pure. */
function shownField(field: string): string {
  const t = unquote(field).replace(/[\p{Cc}\p{Cf}]/gu, '');
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

/** Parses two numeric columns from text. Never throws; every line that is not blank is a row, a header, or a problem. Pure. */
export function parseData(text: string): ParsedData {
  const rows = text.split(/\r\n|\r|\n/);
  const xs: number[] = [], ys: number[] = [], lines: number[] = [], problems: DataProblem[] = [];
  let header: [string, string] | null = null;
  let sep: Separator | null = null;
  let first = true;
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i] as string, line = i + 1;
    if (raw.trim() === '') continue;
    sep ??= detectSeparator(raw);
    const fields = fieldsOf(raw, sep);
    const nums = fields.map(readNumber);
    // The first row is a header when none of its fields is a number.
    if (first) {
      first = false;
      if (nums.every((n) => n === null)) {
        if (fields.length === 2) header = [shownField(fields[0] as string), shownField(fields[1] as string)];
        else problems.push({ line, message: `line ${line}: expected 2 columns, found ${fields.length}` });
        continue;
      }
    }
    if (fields.length !== 2) { problems.push({ line, message: `line ${line}: expected 2 columns, found ${fields.length}` }); continue; }
    const bad = nums.findIndex((n) => n === null);
    if (bad >= 0) {
      const f = unquote(fields[bad] as string);
      problems.push({ line, message: f === '' ? `line ${line}: column ${bad + 1} is empty` : `line ${line}: '${shownField(f)}' is not a number` });
      continue;
    }
    if (xs.length >= MAX_ROWS) {
      problems.push({ line: null, message: `more than ${MAX_ROWS.toLocaleString('en-US')} rows: only the first ${MAX_ROWS.toLocaleString('en-US')} were read` });
      break;
    }
    xs.push(nums[0] as number); ys.push(nums[1] as number); lines.push(line);
  }
  if (xs.length === 0 && problems.length === 0) problems.push({ line: null, message: 'no rows of numbers found' });
  return { xs, ys, header, lines, problems };
}
