// A regression's data, loss, model and scaling in the link: d=<id> (or d=custom with pts=x,y;x,y…,
// dn=<name>, dxl=/dyl=<axis labels>), loss=mae|huber:<δ>, model=linear|logistic, std=1. Small datasets
// travel in the link; one of more than MAX_LINK_POINTS points does not (the link then names no landscape).
import { HUBER_DELTA } from '../../core/surfaces/regression';
import { CUSTOM_DATASET, type DataPoints, type Loss, type RegressionModel, type RegressionSpec } from '../../core/surfaces/spec';
import { checkRegressionData } from '../../core/surfaces/regression';
import { isDatasetId, getDataset } from '../../core/surfaces/datasets';
import { num, parseDecimal, readField, shown, type Get } from './fields';

/** Most data points a link carries (about 40 characters each at full precision). */
export const MAX_LINK_POINTS = 500;
/** Longest dataset name or axis label a link keeps. */
const MAX_LABEL = 80;

/** True when the spec's own points are too many for a link (the link then leaves the landscape out). Pure. */
export function dataTooLargeForLink(spec: RegressionSpec): boolean {
  return spec.dataset === CUSTOM_DATASET && (spec.points?.xs.length ?? 0) > MAX_LINK_POINTS;
}

export const DATA_NOT_IN_LINK = `This dataset has more than ${MAX_LINK_POINTS} points, too many for a link: the link leaves the data (and so the landscape) out.`;

/** Writes a regression spec's keys with put; nothing when its data is too large for a link. */
export function encodeRegression(spec: RegressionSpec, put: (key: string, value: string) => void): void {
  if (dataTooLargeForLink(spec)) return;
  put('d', spec.dataset);
  const p = spec.points;
  if (spec.dataset === CUSTOM_DATASET && p !== undefined) {
    put('pts', p.xs.map((x, i) => `${num(x)},${num(p.ys[i] ?? NaN)}`).join(';'));
    if (p.name !== undefined) put('dn', p.name);
    if (p.xLabel !== undefined) put('dxl', p.xLabel);
    if (p.yLabel !== undefined) put('dyl', p.yLabel);
  }
  const loss = spec.loss;
  if (loss !== undefined && loss.kind !== 'mse') put('loss', loss.kind === 'huber' ? `huber:${num(loss.delta)}` : loss.kind);
  if (spec.model !== undefined && spec.model !== (isDatasetId(spec.dataset) ? getDataset(spec.dataset).model ?? 'linear' : 'linear')) put('model', spec.model);
  if (spec.standardize === true) put('std', '1');
}

const label = (raw: string | undefined): string | undefined => (raw === undefined ? undefined : raw.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, MAX_LABEL));

/** `x,y;x,y…` as points: pairs that are not two numbers are left out, at most MAX_LINK_POINTS kept (each with a notice). */
export function readPoints(raw: string, get: Get, notes: string[]): DataPoints {
  const segments = raw.split(';').filter((s) => s !== '');
  if (segments.length > MAX_LINK_POINTS) {
    notes.push(`The link has ${segments.length} data points; only the first ${MAX_LINK_POINTS} are kept.`);
    segments.length = MAX_LINK_POINTS;
  }
  const xs: number[] = [], ys: number[] = [];
  let bad = 0;
  for (const seg of segments) {
    const parts = seg.split(',');
    const x = parseDecimal(parts[0] ?? ''), y = parseDecimal(parts[1] ?? '');
    if (parts.length !== 2 || x === null || y === null) { bad++; continue; }
    xs.push(x); ys.push(y);
  }
  if (bad > 0) notes.push(bad === 1 ? 'One of the link\'s data points is not a pair of numbers; it was left out.' : `${bad} of the link's data points are not pairs of numbers; they were left out.`);
  const name = label(get('dn')), xLabel = label(get('dxl')), yLabel = label(get('dyl'));
  return { xs, ys, ...(name === undefined ? {} : { name }), ...(xLabel === undefined ? {} : { xLabel }), ...(yLabel === undefined ? {} : { yLabel }) };
}

const DELTA = { label: "Huber's δ", min: HUBER_DELTA.min, max: HUBER_DELTA.max, integer: false };

/** loss= as a Loss (MSE, with a notice, when unknown). */
export function readLoss(raw: string | undefined, notes: string[]): Loss | undefined {
  if (raw === undefined || raw === 'mse') return undefined;
  if (raw === 'mae') return { kind: 'mae' };
  if (raw.startsWith('huber:')) return { kind: 'huber', delta: readField(raw.slice(6), DELTA, notes, 'using 1') ?? 1 };
  if (raw === 'huber') return { kind: 'huber', delta: 1 };
  notes.push(`The link's loss '${shown(raw)}' is not known; using mean squared error.`);
  return undefined;
}

function readModel(raw: string | undefined, notes: string[]): RegressionModel | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'linear' || raw === 'logistic') return raw;
  notes.push(`The link's model '${shown(raw)}' is not known; using the dataset's own.`);
  return undefined;
}

/**
 * The regression named by d=<value> with its data, loss, model and scaling, or null (with a notice) when its
 * data cannot be fitted. Throws for an unknown dataset id (the whole link is then unreadable, as before).
 */
export function readRegression(value: string, get: Get, notes: string[]): RegressionSpec | null {
  if (value !== CUSTOM_DATASET && !isDatasetId(value)) throw new Error('unknown dataset');
  const loss = readLoss(get('loss'), notes), model = readModel(get('model'), notes);
  const std = get('std');
  let spec: RegressionSpec = { kind: 'regression', dataset: value };
  if (value === CUSTOM_DATASET) {
    const raw = get('pts');
    if (raw === undefined) { notes.push('The link names its own data but carries no points; showing the default landscape.'); return null; }
    spec = { ...spec, points: readPoints(raw, get, notes) };
  }
  if (loss !== undefined) spec = { ...spec, loss };
  if (model !== undefined) spec = { ...spec, model };
  if (std === '1') spec = { ...spec, standardize: true };
  else if (std !== undefined && std !== '0') notes.push(`The link's standardize setting '${shown(std)}' is not 0 or 1; using off.`);
  if (spec.points !== undefined) {
    const problem = checkRegressionData(spec.points.xs, spec.points.ys, spec.model ?? 'linear');
    if (problem !== null) { notes.push(`The link's data cannot be used (${shown(problem)}…); showing the default landscape.`); return null; }
  }
  return spec;
}


