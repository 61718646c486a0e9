// What the data view shows, gathered from the simulation, the selection and the probe, and drawn when any of it
// changed: one object per mounted view, read by its pointer handlers and by ?debug.
import { TRAJ_STRIDE } from '../../core/descent/run';
import { dataProbe } from '../../state/dataProbe';
import { pathColor } from '../../state/palette';
import { startLabel } from '../../state/scenario';
import { simulation, type PathSim } from '../../state/simulation';
import { useDownhill } from '../../state/store';
import { shownIndex } from '../../state/timeline';
import type { CanvasBox } from '../canvasBox';
import { formatNumber } from '../format';
import { factsOf, type ViewFacts } from './dataFacts';
import { drawDataView, type DataScene, type DrawnLine } from './drawDataView';
import { createPlotFrame, equationText, fitFrame, squaresArea, type PlotFrame } from './plotMaths';

/** Margins around the plot, in chart px (CSS px ÷ k). */
const M = { left: 54, right: 14, top: 12, bottom: 44 };
const _u = new Float64Array(2);

/** Whether every data point lies inside the frame's ranges. Pure. */
function allInside(f: PlotFrame, d: ViewFacts): boolean {
  for (let i = 0; i < d.xs.length; i++) {
    const x = d.xs[i] as number, y = d.ys[i] as number;
    if (!(x >= f.x0 && x <= f.x1 && y >= f.y0 && y <= f.y1)) return false;
  }
  return true;
}

export interface DataViewTexts {
  readout: HTMLElement | null;
  batch: HTMLElement | null;
}

export class DataViewPainter {
  readonly frame: PlotFrame = createPlotFrame();
  facts: ViewFacts | null = null;
  squares = false;
  chosen = -1;
  /** While a data point is dragged the axes stay put (the point follows the pointer). */
  holdFrame = false;
  /** The path whose residuals and handles are drawn (the selected one, else the first), or null. */
  focusPath: PathSim | null = null;
  /** Points in the focused path's mini-batch at the shown iteration (k of them), and that iteration. */
  batchCount = 0;
  readoutText = '';
  private readonly lines: DrawnLine[] = [];
  private readonly scene: DataScene;
  private inBatch = new Uint8Array(0);
  private batchIdx = new Int32Array(0);
  private seen = { version: -1, iterations: -1, paths: null as unknown, cursor: null as number | null, selected: null as number | null, probe: -1, surface: -1 };
  private fittedFor: ViewFacts | null = null;
  private fittedName = '';
  private fittedModel = '';

  constructor(private readonly ctx: CanvasRenderingContext2D, readonly size: CanvasBox, private readonly texts: DataViewTexts) {
    this.scene = {
      facts: null as unknown as ViewFacts, frame: this.frame, lines: this.lines, lineCount: 0, focus: -1, startSlope: 0, startIntercept: 0,
      best: null, probe: null, squares: false, inBatch: null, chosen: -1,
    };
  }

  /** Whether anything drawn changed since the last redraw. */
  stale(): boolean {
    const s = this.seen;
    return s.version !== simulation.version || s.iterations !== simulation.iterations || s.paths !== simulation.paths
      || s.cursor !== simulation.cursor || s.selected !== useDownhill.getState().selected || s.probe !== dataProbe.version
      || s.surface !== simulation.surfaceVersion;
  }

  /** Draws everything now. */
  redraw(): void {
    const s = this.seen;
    s.version = simulation.version; s.iterations = simulation.iterations; s.paths = simulation.paths; s.cursor = simulation.cursor;
    s.selected = useDownhill.getState().selected; s.probe = dataProbe.version; s.surface = simulation.surfaceVersion;
    const { w, h, dpr, k } = this.size, ctx = this.ctx;
    ctx.setTransform(dpr * k, 0, 0, dpr * k, 0, 0);
    const facts = factsOf(simulation.surface);
    this.facts = facts;
    if (facts === null) { ctx.clearRect(0, 0, w / k, h / k); this.focusPath = null; return; }
    const cw = w / k, ch = h / k;
    // The axes stay put while a point is dragged, and after an edit that keeps every point in view; other data refit them.
    const resized = this.frame.width !== Math.max(1, cw - M.left - M.right) || this.frame.height !== Math.max(1, ch - M.top - M.bottom);
    const otherData = this.fittedFor !== facts && !this.holdFrame && (this.fittedName !== facts.name || this.fittedModel !== facts.model || !allInside(this.frame, facts));
    if (resized || otherData) {
      fitFrame(this.frame, facts.xs, facts.ys, facts.model, { left: M.left, top: M.top, width: cw - M.left - M.right, height: ch - M.top - M.bottom });
      this.fittedFor = facts; this.fittedName = facts.name; this.fittedModel = facts.model;
    }
    const sc = this.scene;
    sc.facts = facts; sc.squares = this.squares; sc.chosen = this.chosen;

    // Each path's line at the iteration the timeline shows.
    const paths = simulation.paths, selected = s.selected;
    let focus = -1;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i] as PathSim, j = shownIndex(simulation, p), traj = p.run.traj;
      const pw = traj ? (traj[j * TRAJ_STRIDE] as number) : p.run.x, pb = traj ? (traj[j * TRAJ_STRIDE + 1] as number) : p.run.y;
      facts.toDataUnits(pw, pb, _u);
      const l = (this.lines[i] ??= { color: '', slope: 0, intercept: 0 });
      l.color = pathColor(p.index); l.slope = _u[0] as number; l.intercept = _u[1] as number;
      if (p.startId === selected) focus = i;
    }
    if (focus < 0 && paths.length > 0) focus = 0;
    sc.lineCount = paths.length; sc.focus = focus;
    const fp = focus >= 0 ? (paths[focus] as PathSim) : null;
    this.focusPath = fp;
    if (fp) { facts.toDataUnits(fp.x0, fp.y0, _u); sc.startSlope = _u[0] as number; sc.startIntercept = _u[1] as number; }
    if (facts.best) { facts.toDataUnits(facts.best.w, facts.best.b, _u); sc.best = { slope: _u[0] as number, intercept: _u[1] as number }; } else sc.best = null;
    if (dataProbe.active) { facts.toDataUnits(dataProbe.w, dataProbe.b, _u); sc.probe = { slope: _u[0] as number, intercept: _u[1] as number }; } else sc.probe = null;
    sc.inBatch = this.markBatch(facts, fp);

    drawDataView(ctx, sc, cw, ch);
    this.writeTexts(facts, fp, focus);
  }

  /** Flags the focused path's mini-batch at the shown iteration and writes "iteration t · epoch e"; null for full batches. */
  private markBatch(facts: ViewFacts, fp: PathSim | null): Uint8Array | null {
    const m = facts.xs.length, batch = fp?.settings.batch ?? 0;
    this.batchCount = 0;
    let text = '';
    let flags: Uint8Array | null = null;
    if (fp && facts.batchAt && batch > 0 && batch < m) {
      const t = shownIndex(simulation, fp), k = Math.max(1, Math.floor(batch));
      text = `iteration ${t} · epoch ${formatNumber((t * k) / m, 2)}`;
      if (t >= 1) {
        if (this.inBatch.length !== m) this.inBatch = new Uint8Array(m);
        if (this.batchIdx.length < k) this.batchIdx = new Int32Array(k);
        this.inBatch.fill(0);
        const n = facts.batchAt(fp.settings.seed, batch, t, this.batchIdx);
        for (let i = 0; i < n; i++) this.inBatch[this.batchIdx[i] as number] = 1;
        this.batchCount = n;
        flags = this.inBatch;
      }
    }
    if (this.texts.batch && this.texts.batch.textContent !== text) this.texts.batch.textContent = text;
    return flags;
  }

  /** The readout under the view: the focused path's line, the probe's and the answer's, as text for everyone. */
  private writeTexts(facts: ViewFacts, fp: PathSim | null, focus: number): void {
    const sc = this.scene, parts: string[] = [];
    const l = focus >= 0 ? this.lines[focus] : undefined;
    if (fp && l) {
      parts.push(`Path ${startLabel(fp.index)} starts at ${equationText(facts.model, sc.startSlope, sc.startIntercept)}`
        + ` and at iteration ${shownIndex(simulation, fp)} is ${equationText(facts.model, l.slope, l.intercept)}.`);
      if (this.squares) parts.push(`Its squares' total area: Σ r² = ${formatNumber(squaresArea(facts.model, l.slope, l.intercept, facts.xs, facts.ys), 4)}.`);
    }
    if (sc.probe) parts.push(`Landscape point (w, b) = (${formatNumber(dataProbe.w, 4)}, ${formatNumber(dataProbe.b, 4)}) is the line ${equationText(facts.model, sc.probe.slope, sc.probe.intercept)}.`);
    if (sc.best) parts.push(`The answer (dashed): ${equationText(facts.model, sc.best.slope, sc.best.intercept)}.`);
    else parts.push(facts.noMinimum ?? 'This cost has no minimum: no line is best.');
    const text = parts.join(' ');
    this.readoutText = text;
    if (this.texts.readout && this.texts.readout.textContent !== text) this.texts.readout.textContent = text;
  }
}
