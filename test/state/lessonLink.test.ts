// The lesson's part of a link (title= and hide=): round trip, cleaning, capping and unknown control names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle, HIDEABLE_CONTROLS, TITLE_MAX, withHidden, type HideableControl } from '../../src/state/lesson';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';

const withLesson = (title: string, hidden: HideableControl[]): Scenario => ({ ...createDefaultScenario(), lesson: { title, hidden } });
const lessonOf = (link: string) => decodeScenario(link);
/** The link's raw title= value as a browser would read it back (independent of the encoder's escaping). */
const titleParam = (link: string) => new URLSearchParams(link).get('title');

describe('lesson links', () => {
  it('a scenario without a lesson writes no lesson keys', () => {
    expect(encodeScenario(createDefaultScenario())).toBe('');
    expect(decodeScenario('').scenario.lesson).toEqual({ title: '', hidden: [] });
  });

  it('round-trips a title with spaces, punctuation, non-Latin letters and emoji, and the hidden set', () => {
    const title = 'Lesson 3: why η = 0.3 blows up — 学习率 & <b>“bowls”</b> 🎢 100% #1 ?a=b';
    const link = encodeScenario(withLesson(title, ['surface', 'lr']));
    expect(titleParam(link)).toBe(title);
    expect(new URLSearchParams(link).get('hide')).toBe('surface,lr');
    const r = lessonOf(link);
    expect(r.scenario.lesson).toEqual({ title, hidden: ['surface', 'lr'] });
    expect(r.notices).toEqual([]);
  });

  it('writes the hidden set in one order without repeats, whatever order it was given in', () => {
    const link = encodeScenario(withLesson('', ['readouts', 'lr', 'surface', 'lr']));
    expect(new URLSearchParams(link).get('hide')).toBe('surface,lr,readouts');
    expect(lessonOf('hide=lr,surface,lr').scenario.lesson.hidden).toEqual(['surface', 'lr']);
  });

  it('drops unknown control names with one notice that quotes them safely', () => {
    const r = lessonOf('hide=surface,__proto__,constructor,lr,<script>alert(1)</script>,Surface');
    expect(r.scenario.lesson.hidden).toEqual(['surface', 'lr']);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toContain("'__proto__'");
    expect(r.notices[0]).toContain('and 1 more');
    expect(r.notices[0]).toMatch(/ignored\.$/);
    expect(lessonOf('hide=').scenario.lesson.hidden).toEqual([]);
  });

  it('removes control characters and bidi overrides from a linked title, with a notice', () => {
    const r = lessonOf(`title=${encodeURIComponent('Gradient\u0000 descent\u202E evil\u0007\nday\tone')}`);
    expect(r.scenario.lesson.title).toBe('Gradient descent evil day one');
    expect(r.notices).toEqual(["The link's lesson title had control characters; they were removed."]);
  });

  it('caps a long title at TITLE_MAX characters without splitting an emoji, with a notice', () => {
    const long = '🎢'.repeat(TITLE_MAX + 30);
    const r = lessonOf(`title=${encodeURIComponent(long)}`);
    expect(Array.from(r.scenario.lesson.title)).toHaveLength(TITLE_MAX);
    expect(r.scenario.lesson.title).toBe('🎢'.repeat(TITLE_MAX));
    expect(r.notices).toEqual([`The link's lesson title is longer than ${TITLE_MAX} characters; shortened.`]);
    // A title the encoder is handed over-long is written capped, so the link stays short and reads back unchanged.
    const again = lessonOf(encodeScenario(withLesson(long, [])));
    expect(again.scenario.lesson.title).toBe('🎢'.repeat(TITLE_MAX));
    expect(again.notices).toEqual([]);
  });

  it('trims a blank title to none, and keeps HTML as the plain text it is', () => {
    expect(lessonOf('title=+++').scenario.lesson.title).toBe('');
    expect(encodeScenario(withLesson('   ', []))).toBe('');
    expect(lessonOf('title=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E').scenario.lesson.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('cleanTitle turns line breaks into spaces and reports what it removed', () => {
    expect(cleanTitle('a\r\nb')).toEqual({ title: 'a  b', stripped: false, shortened: false });
    expect(cleanTitle('a\u0000b\u2066c')).toEqual({ title: 'abc', stripped: true, shortened: false });
    expect(cleanTitle('x'.repeat(TITLE_MAX + 1)).shortened).toBe(true);
    expect(cleanTitle('x'.repeat(TITLE_MAX)).shortened).toBe(false);
  });

  it('withHidden adds and removes one control in the canonical order', () => {
    expect(withHidden([], 'lr', true)).toEqual(['lr']);
    expect(withHidden(['lr'], 'surface', true)).toEqual(['surface', 'lr']);
    expect(withHidden(['surface', 'lr'], 'surface', false)).toEqual(['lr']);
    expect(withHidden(['lr'], 'lr', true)).toEqual(['lr']);
  });

  it('any subset of controls and any typed title survive a round trip as the dialog keeps them (fast-check)', () => {
    const ids = HIDEABLE_CONTROLS.map((c) => c.id);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.subarray(ids), (typed, hidden) => {
      const kept = cleanTitle(typed).title;
      const r = lessonOf(encodeScenario(withLesson(kept, hidden)));
      expect(r.scenario.lesson).toEqual({ title: kept.trim(), hidden });
      expect(r.notices).toEqual([]);
      expect(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(r.scenario.lesson.title)).toBe(false);
    }), { numRuns: 150, seed: 8 });
  }, 30_000); // property runs: a shared, loaded machine can take seconds

  it('never throws on arbitrary title= and hide= values, and always gives a clean title and known controls (fast-check)', () => {
    const known = new Set<string>(HIDEABLE_CONTROLS.map((c) => c.id));
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom(...known, 'x', '', '__proto__'), { maxLength: 14 }).map((a) => a.join(',')));
    fc.assert(fc.property(value, value, (t, h) => {
      const r = lessonOf(`title=${encodeURIComponent(t)}&hide=${encodeURIComponent(h)}`);
      const { title, hidden } = r.scenario.lesson;
      expect(Array.from(title).length).toBeLessThanOrEqual(TITLE_MAX);
      expect(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(title)).toBe(false);
      expect(title).toBe(title.trim());
      expect(hidden.every((c) => known.has(c))).toBe(true);
      expect(new Set(hidden).size).toBe(hidden.length);
      expect(lessonOf(encodeScenario(r.scenario)).scenario.lesson).toEqual(r.scenario.lesson);
    }), { numRuns: 150, seed: 9 });
  }, 30_000);
});
