// How each kind of surface becomes Python: one function per kind (a new kind, or a new regression loss, is one
// more entry). Each returns the code defining SURFACE, or why it cannot, so a scene is never silently wrong.
import { getDataset, isDatasetId, type DatasetId } from '../../core/surfaces/datasets';
import { CUSTOM_DATASET } from '../../core/surfaces/spec';
import { formulaToPython } from './pythonFormula';
import type { SurfaceSpec } from '../../core/surfaces/spec';
import type { Domain } from '../../core/types';
import { PY_BUILTINS } from './pythonBuiltins';
import { pythonFloat } from './pythonText';

export type SurfaceCode = { readonly ok: true; readonly code: string; readonly name: string } | { readonly ok: false; readonly reason: string };

/** The functions f, grad, hess (as Python text) wrapped into SURFACE with the domain. Pure. */
function wrap(functions: string, domain: Domain, extra = ''): string {
  const d = [domain.xMin, domain.xMax, domain.yMin, domain.yMax].map(pythonFloat).join(', ');
  return `${functions.trim()}\n\n\nclass Surface:\n    domain = (${d})\n    f = staticmethod(f)\n    grad = staticmethod(grad)\n    hess = staticmethod(hess)\n${extra}\n\nSURFACE = Surface()\n`;
}

const NO_BATCHES = '\n    @staticmethod\n    def sampled_grad(batch):\n        return None\n';

/** Only these fields: a spec with any other (a loss, a scaling added later) is refused, not half-reproduced. */
function unknownField(spec: SurfaceSpec, known: readonly string[]): string | null {
  const extra = Object.keys(spec).filter((k) => !known.includes(k));
  return extra.length === 0 ? null : `its surface has settings the Python export does not know (${extra.join(', ')})`;
}

function builtin(spec: Extract<SurfaceSpec, { kind: 'builtin' }>, domain: Domain): SurfaceCode {
  const body = Object.hasOwn(PY_BUILTINS, spec.id) ? PY_BUILTINS[spec.id] : undefined;
  if (body === undefined) return { ok: false, reason: `the built-in surface '${spec.id}' has no Python translation` };
  return { ok: true, code: wrap(body, domain, NO_BATCHES), name: spec.id };
}

function formula(spec: Extract<SurfaceSpec, { kind: 'formula' }>, domain: Domain): SurfaceCode {
  const code = formulaToPython(spec.text);
  if (code === null) return { ok: false, reason: 'the formula does not parse or is too large to differentiate' };
  return { ok: true, code: wrap(code, domain, NO_BATCHES), name: `formula ${spec.text}` };
}

/** Mean squared error of ŷ = w x + b (regression.ts): J* + ½dᵀHd about the least-squares optimum, and its mini-batches. */
const PY_REGRESSION_MSE = String.raw`
def _least_squares(xs, ys):
    m = len(xs)
    sx = 0.0
    sy = 0.0
    for i in range(m):
        sx += xs[i]
        sy += ys[i]
    mx = sx / m
    my = sy / m
    sxx = 0.0
    sxy = 0.0
    for i in range(m):
        dx = xs[i] - mx
        sxx += dx * dx
        sxy += dx * (ys[i] - my)
    w = sxy / sxx
    b = my - w * mx
    s = 0.0
    for i in range(m):
        r = w * xs[i] + b - ys[i]
        s += r * r
    return w, b, s / (2 * m)


_XS = DATA[:, 0].tolist()
_YS = DATA[:, 1].tolist()
_W0, _B0, _J0 = _least_squares(_XS, _YS)
_sx = 0.0
_sxx = 0.0
for _x in _XS:
    _sx += _x
    _sxx += _x * _x
_HXX = _sxx / len(_XS)
_HXY = _sx / len(_XS)


def f(w, b):
    dw = w - _W0
    db = b - _B0
    return _J0 + 0.5 * (_HXX * dw * dw + 2 * _HXY * dw * db + db * db)


def grad(w, b):
    dw = w - _W0
    db = b - _B0
    return _HXX * dw + _HXY * db, _HXY * dw + db


def hess(w, b):
    return _HXX, _HXY, 1.0


def _mini_batch(batch):
    """createMiniBatchGradient: k distinct points by a partial Fisher-Yates shuffle, undone after each draw."""
    m = len(_XS)
    k = m if batch >= m else (math.floor(batch) if batch >= 1 else 1)
    idx = list(range(m))
    swaps = [0] * k
    last = list(range(k))

    def sample(w, b, rng):
        if rng is not None:
            for i in range(k):
                j = i + random_int(rng, m - i)
                swaps[i] = j
                p = idx[j]
                idx[j] = idx[i]
                idx[i] = p
                last[i] = p
            for i in range(k - 1, -1, -1):
                j = swaps[i]
                p = idx[j]
                idx[j] = idx[i]
                idx[i] = p
        gw = 0.0
        gb = 0.0
        for i in range(k):
            p = last[i]
            x = _XS[p]
            r = w * x + b - _YS[p]
            gw += r * x
            gb += r
        return gw / k, gb / k
    return sample
`;

const REGRESSION_BATCHES = '\n    @staticmethod\n    def sampled_grad(batch):\n        return None if batch >= len(_XS) else _mini_batch(batch)\n';

function regression(spec: Extract<SurfaceSpec, { kind: 'regression' }>, domain: Domain): SurfaceCode {
  const custom = spec.dataset === CUSTOM_DATASET ? spec.points : undefined;
  if (custom === undefined && !isDatasetId(spec.dataset)) return { ok: false, reason: `the dataset '${spec.dataset}' is unknown` };
  const d = custom ?? getDataset(spec.dataset as DatasetId);
  const model = spec.model ?? (custom === undefined ? getDataset(spec.dataset as DatasetId).model : undefined) ?? 'linear';
  // Only what the script ports: the linear model under squared error, on x as given.
  if (model !== 'linear') return { ok: false, reason: 'logistic regression has no Python translation yet' };
  if (spec.loss !== undefined && spec.loss.kind !== 'mse') return { ok: false, reason: `the ${spec.loss.kind === 'mae' ? 'absolute-error' : 'Huber'} loss has no Python translation yet` };
  if (spec.standardize === true) return { ok: false, reason: 'standardized x has no Python translation yet' };
  const name = custom === undefined ? getDataset(spec.dataset as DatasetId).name : custom.name ?? 'your data';
  const rows = d.xs.map((x, i) => `    [${pythonFloat(x)}, ${pythonFloat(d.ys[i] ?? NaN)}],`).join('\n');
  const data = `# ${d.xs.length} points (x, y) of the dataset\nDATA = np.array([\n${rows}\n], dtype=np.float64)\n`;
  return { ok: true, code: wrap(`${data}\n${PY_REGRESSION_MSE}`, domain, REGRESSION_BATCHES), name: `linear regression (mean squared error) on ${name}` };
}

/** The Python for spec's surface over domain, or why there is none. Pure. */
export function surfaceCode(spec: SurfaceSpec, domain: Domain): SurfaceCode {
  switch (spec.kind) {
    case 'builtin': { const u = unknownField(spec, ['kind', 'id']); return u ? { ok: false, reason: u } : builtin(spec, domain); }
    case 'formula': { const u = unknownField(spec, ['kind', 'text']); return u ? { ok: false, reason: u } : formula(spec, domain); }
    case 'regression': { const u = unknownField(spec, ['kind', 'dataset', 'points', 'loss', 'model', 'standardize']); return u ? { ok: false, reason: u } : regression(spec, domain); }
    default: { const never: never = spec; return { ok: false, reason: `the surface kind of ${JSON.stringify(never)} is unknown` }; }
  }
}
