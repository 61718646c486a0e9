import { describe, expect, it } from 'vitest';
import { MAX_ROWS, parseData } from '../../../src/core/data/parseData';

describe('parseData: every documented shape', () => {
  const want = { xs: [1, 2.5, -3], ys: [2, 4e3, 0.5] };
  it.each([
    ['comma', '1,2\n2.5,4e3\n-3,0.5'],
    ['semicolon', '1;2\n2.5;4e3\n-3;0.5'],
    ['tab', '1\t2\n2.5\t4e3\n-3\t0.5'],
    ['spaces', '1 2\n  2.5    4e3\n-3 0.5  '],
    ['CRLF and blank lines', '\r\n1,2\r\n\r\n2.5,4e3\r\n-3,0.5\r\n\r\n'],
    ['quotes and surrounding spaces', '"1", "2"\n 2.5 ,\'4e3\'\n"-3" ,  0.5'],
    ['a trailing separator', '1,2,\n2.5,4e3,\n-3,0.5,'],
  ])('%s', (_name, text) => {
    const r = parseData(text);
    expect({ xs: r.xs, ys: r.ys }).toEqual(want);
    expect(r.problems).toEqual([]);
    expect(r.header).toBeNull();
  });

  it('a header row is detected (non-numeric first row) and gives the column names', () => {
    const r = parseData('hours,"passed"\n1,0\n2,1\n');
    expect(r.header).toEqual(['hours', 'passed']);
    expect(r.xs).toEqual([1, 2]);
    expect(r.lines).toEqual([2, 3]);
  });
});

describe('parseData: broken files', () => {
  it('names the line and the reason, and keeps every good row', () => {
    const r = parseData('x,y\n1,2\n3,4,5\n6\n7,abc\n8,\n9,10\n0x10,3\nInfinity,2\n1e999,3');
    expect(r.xs).toEqual([1, 9]);
    expect(r.ys).toEqual([2, 10]);
    expect(r.lines).toEqual([2, 7]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'line 3: expected 2 columns, found 3',
      'line 4: expected 2 columns, found 1',
      "line 5: 'abc' is not a number",
      'line 6: column 2 is empty',
      "line 8: '0x10' is not a number",
      "line 9: 'Infinity' is not a number",
      "line 10: '1e999' is not a number",
    ]);
    expect(r.problems[0]!.line).toBe(3);
  });

  it('stops after 10,000 rows and says so', () => {
    const text = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `${i},${2 * i}`).join('\n');
    const r = parseData(text);
    expect(r.xs.length).toBe(MAX_ROWS);
    expect(r.xs[MAX_ROWS - 1]).toBe(MAX_ROWS - 1);
    expect(r.problems).toEqual([{ line: null, message: 'more than 10,000 rows: only the first 10,000 were read' }]);
  });

  it('empty text and text with no numbers say so; markup and code are only text', () => {
    expect(parseData('').problems.map((p) => p.message)).toEqual(['no rows of numbers found']);
    expect(parseData('\n  \n').problems.map((p) => p.message)).toEqual(['no rows of numbers found']);
    const r = parseData('a,b\n<script>alert(1)</script>,2\n(1+1),3');
    expect(r.xs).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(["line 2: '<script>alert(1)</sc…' is not a number", "line 3: '(1+1)' is not a number"]);
  });
});
