// Lesson actions: the title as typed, hiding controls (a preview on this page) and "Show all controls".
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario, setControlHidden, setLessonTitle, showAllControls } from '../../src/state/actions';
import { createDefaultScenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';

beforeEach(() => useDownhill.setState(createInitialState(createDefaultScenario()), true));
const lesson = () => useDownhill.getState().scenario.lesson;

describe('lesson actions', () => {
  it('keeps the title as typed (a trailing space can be typed) but without control characters', () => {
    setLessonTitle('Big steps ');
    expect(lesson().title).toBe('Big steps ');
    setLessonTitle('Big\u0000 steps\u202E');
    expect(lesson().title).toBe('Big steps');
  });

  it('hides and shows controls in the canonical order, and leaves the paths alone', () => {
    const starts = useDownhill.getState().scenario.starts;
    setControlHidden('lr', true);
    setControlHidden('surface', true);
    expect(lesson().hidden).toEqual(['surface', 'lr']);
    setControlHidden('lr', false);
    expect(lesson().hidden).toEqual(['surface']);
    expect(useDownhill.getState().scenario.starts).toBe(starts);
  });

  it('"Show all controls" is for this page: the lesson keeps its hidden set; hiding again or a new link hides again', () => {
    setControlHidden('surface', true);
    showAllControls();
    expect(useDownhill.getState().showAllControls).toBe(true);
    expect(lesson().hidden).toEqual(['surface']);
    setControlHidden('optimizer', true);
    expect(useDownhill.getState().showAllControls).toBe(false);
    showAllControls();
    loadScenario({ ...createDefaultScenario(), lesson: { title: 'x', hidden: ['lr'] } });
    expect(useDownhill.getState().showAllControls).toBe(false);
    expect(lesson()).toEqual({ title: 'x', hidden: ['lr'] });
  });
});
