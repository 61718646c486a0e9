// Projector mode in the link: one catalog entry (pm), written only when on, read strictly, and the palette follows it.
import { beforeEach, describe, expect, it } from 'vitest';
import { flagSettings, hyperparameterKeys, hyperparameters, scalarNames, scalarSettings } from '../../src/core/descent/settingsCatalog';
import { createDefaultScenario } from '../../src/state/scenario';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';
import { OKABE_ITO, PATH_COLORS, pathColor } from '../../src/state/palette';
import { setProjectorMode } from '../../src/state/projectorMode';
import { createInitialState, useDownhill } from '../../src/state/store';

describe('projector mode in the link', () => {
  it('is described once in the catalog, off by default', () => {
    expect(flagSettings.projector).toMatchObject({ label: 'Projector mode', link: 'pm', default: false });
    expect(createDefaultScenario().projector).toBe(false);
    expect(encodeScenario(createDefaultScenario())).toBe('');
  });

  it('round-trips: on writes pm=1 and reads back on', () => {
    const on = { ...createDefaultScenario(), projector: true };
    const text = encodeScenario(on);
    expect(text).toBe('pm=1');
    const back = decodeScenario(text);
    expect(back.scenario.projector).toBe(true);
    expect(back.notices).toEqual([]);
    expect(decodeScenario('pm=0').scenario.projector).toBe(false);
  });

  it('every flag in the catalog round-trips at both values, under a key no other setting uses', () => {
    // The link's own keys (urlCodec.ts) and every other catalog entry's.
    const others = ['s', 'f', 'd', 'p', 'sw', 'swx', 'o', 'sch', 'asc', 'seq', 'cam', 'view', 'sel', 'basins',
      ...scalarNames.map((n) => scalarSettings[n].link), ...hyperparameterKeys.map((k) => hyperparameters[k].link)];
    const flags = Object.keys(flagSettings) as (keyof typeof flagSettings)[];
    expect(new Set(flags.map((f) => flagSettings[f].link)).size).toBe(flags.length);
    for (const f of flags) {
      expect(others).not.toContain(flagSettings[f].link);
      for (const v of [true, false]) {
        const r = decodeScenario(encodeScenario({ ...createDefaultScenario(), [f]: v }));
        expect(r.scenario[f], `${f} = ${v}`).toBe(v);
        expect(r.notices).toEqual([]);
      }
    }
  });

  it('a malformed value loads the default with a notice', () => {
    const r = decodeScenario('pm=yes');
    expect(r.scenario.projector).toBe(false);
    expect(r.notices).toEqual(["The link's projector mode setting 'yes' is not 0 or 1; using off."]);
  });
});

describe('setProjectorMode', () => {
  beforeEach(() => { useDownhill.setState(createInitialState(), true); });

  it('switches the path palette to Okabe–Ito and back', () => {
    expect(pathColor(1)).toBe(PATH_COLORS[1]);
    setProjectorMode(true);
    expect(useDownhill.getState().scenario.projector).toBe(true);
    expect(pathColor(1)).toBe(OKABE_ITO[1]);
    expect(pathColor(OKABE_ITO.length + 2)).toBe(OKABE_ITO[2]);
    setProjectorMode(false);
    expect(pathColor(1)).toBe(PATH_COLORS[1]);
  });

  it('leaves the paths and the rest of the scenario as they were', () => {
    const before = useDownhill.getState().scenario;
    setProjectorMode(true);
    const after = useDownhill.getState().scenario;
    expect({ ...after, projector: false }).toEqual(before);
    expect(after.starts).toBe(before.starts);
  });
});
