// The fixed part of the exported Python script: IEEE-safe maths, the seeded generator, the optimizer rules and
// the stopping rules, each a line-by-line port of src/core (rng.ts, step.ts, newton.ts, schedules.ts), so
// the same operations run in the same order on the same doubles. Plain text: nothing here is user input.

/** Helpers that give JavaScript's IEEE results where Python's math module would raise. */
export const PY_MATH = String.raw`
import math
import sys

import numpy as np

_INF = float("inf")
_NAN = float("nan")


def _ieee(py_fn, np_fn):
    """math.fn, but with JavaScript's IEEE result (inf, nan) where math raises."""
    def fn(*args):
        try:
            return py_fn(*args)
        except (ValueError, OverflowError, ZeroDivisionError):
            with np.errstate(all="ignore"):
                return float(np_fn(*[np.float64(a) for a in args]))
    return fn


_sin = _ieee(math.sin, np.sin)
_cos = _ieee(math.cos, np.cos)
_tan = _ieee(math.tan, np.tan)
_asin = _ieee(math.asin, np.arcsin)
_acos = _ieee(math.acos, np.arccos)
_atan = _ieee(math.atan, np.arctan)
_sinh = _ieee(math.sinh, np.sinh)
_cosh = _ieee(math.cosh, np.cosh)
_tanh = _ieee(math.tanh, np.tanh)
_exp = _ieee(math.exp, np.exp)
_log = _ieee(math.log, np.log)
_log10 = _ieee(math.log10, np.log10)
_sqrt = _ieee(math.sqrt, np.sqrt)
_atan2 = _ieee(math.atan2, np.arctan2)
_div = _ieee(lambda a, b: a / b, np.divide)
_pow_c = _ieee(math.pow, np.power)


def _pow(a, b):
    # JavaScript: 1 ** NaN and (±1) ** ±Infinity are NaN (C's pow says 1).
    if math.isnan(b) or (abs(a) == 1 and math.isinf(b)):
        return _NAN if b != 0 else 1.0
    return _pow_c(a, b)


def _abs(a):
    return abs(a)


def _sign(a):
    # Math.sign: NaN stays NaN, ±0 stays ±0.
    if math.isnan(a) or a == 0:
        return a
    return 1.0 if a > 0 else -1.0


def _min(a, b):
    # Math.min: NaN if either is NaN, and −0 below +0.
    if math.isnan(a) or math.isnan(b):
        return _NAN
    if a == b == 0:
        return a if math.copysign(1, a) < 0 else b
    return a if a < b else b


def _max(a, b):
    if math.isnan(a) or math.isnan(b):
        return _NAN
    if a == b == 0:
        return a if math.copysign(1, a) > 0 else b
    return a if a > b else b


def _hypot(a, b):
    return math.hypot(a, b)
`;

/** sfc32 seeded through splitmix32 (src/core/rng.ts), with every operation masked to 32 bits. */
export const PY_RNG = String.raw`
_M32 = 0xFFFFFFFF


def _splitmix32(s):
    z = s
    z = ((z ^ (z >> 16)) * 0x85EBCA6B) & _M32
    z = ((z ^ (z >> 13)) * 0xC2B2AE35) & _M32
    return (z ^ (z >> 16)) & _M32


class Rng:
    """src/core/rng.ts: next() is uniform in [0, 1) with 32-bit resolution."""

    def __init__(self, seed):
        s = int(seed) & _M32
        s = (s + 0x9E3779B9) & _M32
        self.a = _splitmix32(s)
        s = (s + 0x9E3779B9) & _M32
        self.b = _splitmix32(s)
        s = (s + 0x9E3779B9) & _M32
        self.c = _splitmix32(s)
        s = (s + 0x9E3779B9) & _M32
        self.d = _splitmix32(s)
        for _ in range(12):
            self.next_u32()

    def next_u32(self):
        a, b, c, d = self.a, self.b, self.c, self.d
        t = (a + b + d) & _M32
        self.d = (d + 1) & _M32
        self.a = (b ^ (b >> 9)) & _M32
        self.b = (c + (c << 3)) & _M32
        self.c = ((((c << 21) & _M32) | (c >> 11)) + t) & _M32
        return t

    def next(self):
        return self.next_u32() / 4294967296


def random_int(rng, n):
    return math.floor(rng.next() * n)
`;

/** The run: createStepContext, startCode, walk and finish of src/core/descent/step.ts and run.ts. */
export const PY_RUN = String.raw`
RUNNING, CONVERGED_GRAD, CONVERGED_STEP, CONVERGED_COST, MAX_STEPS, STALLED, DIVERGED, NO_COST, NO_GRADIENT = range(9)
STILL_ITERATIONS = 5
SMALL_STEP_FRACTION = 1e-8
MEMORY_OVER_GRADIENT = 100
OPTIMIZER_CODES = {"gd": 0, "momentum": 1, "nesterov": 2, "adagrad": 3, "rmsprop": 4, "adam": 5, "newton": 6}


def learning_rate_at(lr, sch, t):
    """schedules.ts: PyTorch's closed forms; t counts iterations from 0."""
    kind = sch["kind"]
    if kind == "constant":
        return lr
    if kind == "step":
        return lr * _pow(sch["gamma"], float(math.floor(t / sch["step_size"])))
    if kind == "exponential":
        return lr * _pow(sch["gamma"], float(t))
    if kind == "cosine":
        return sch["eta_min"] + 0.5 * (lr - sch["eta_min"]) * (1 + _cos((math.pi * t) / sch["t_max"]))
    raise SystemExit("unknown schedule " + kind)


class Params:
    """ruleParams.ts: the optimizer's settings as numbers."""

    def __init__(self, o):
        self.code = OPTIMIZER_CODES[o["kind"]]
        self.mu = o.get("momentum", 0.0)
        self.alpha = o.get("alpha", 0.0)
        self.beta1 = o.get("beta1", 0.0)
        self.beta2 = o.get("beta2", 0.0)
        self.eps = o.get("eps", 0.0)
        self.damping = o.get("damping", 0.0)


def newton_direction(surface, x, y, ux, uy, sign, lam):
    """newton.ts: (sign·H + λI)⁻¹·g, or (g, False) where that matrix is not positive definite."""
    h0, h1, h2 = surface.hess(x, y)
    a = sign * h0 + lam
    b = sign * h1
    d = sign * h2 + lam
    det = a * d - b * b
    if not (a > 0 and det > 0 and math.isfinite(det)):
        return ux, uy, False
    return _div(d * ux - b * uy, det), _div(a * uy - b * ux, det), True


def _adaptive2(gx, gy, sx, sy, eps):
    gx2 = gx * gx
    gy2 = gy * gy
    if (gx != 0 and not (MEMORY_OVER_GRADIENT * gx2 < sx)) or (gy != 0 and not (MEMORY_OVER_GRADIENT * gy2 < sy)):
        return _INF
    ux = _div(gx, _sqrt(sx) + eps)
    uy = _div(gy, _sqrt(sy) + eps)
    return ux * ux + uy * uy


def next_direction2(p, ax, ay, vx, vy, p1, p2, gx, gy):
    """step.ts nextDirection2: ‖u‖² of the next step per unit of rate."""
    k = p.code
    if k == 0:
        return gx * gx + gy * gy
    if k == 1:
        ux = p.mu * ax + gx
        uy = p.mu * ay + gy
        return ux * ux + uy * uy
    if k == 2:
        ux = gx + p.mu * (p.mu * ax + gx)
        uy = gy + p.mu * (p.mu * ay + gy)
        return ux * ux + uy * uy
    if k == 3:
        return _adaptive2(gx, gy, ax + gx * gx, ay + gy * gy, p.eps)
    if k == 4:
        a = p.alpha
        return _adaptive2(gx, gy, a * ax + (1 - a) * gx * gx, a * ay + (1 - a) * gy * gy, p.eps)
    if k == 6:
        return _NAN
    b1, b2 = p.beta1, p.beta2
    q1 = 1 - p1 * b1
    q2 = 1 - p2 * b2
    sx = _div(b2 * vx + (1 - b2) * gx * gx, q2)
    sy = _div(b2 * vy + (1 - b2) * gy * gy, q2)
    if _adaptive2(gx, gy, sx, sy, p.eps) == _INF:
        return _INF
    ux = _div(_div(b1 * ax + (1 - b1) * gx, q1), _sqrt(sx) + p.eps)
    uy = _div(_div(b1 * ay + (1 - b1) * gy, q1), _sqrt(sy) + p.eps)
    return ux * ux + uy * uy


class Context:
    """step.ts createStepContext: what a step needs that does not change."""

    def __init__(self, surface, s):
        d = surface.domain
        half = max(d[1] - d[0], d[3] - d[2]) * 0.5
        self.surface = surface
        self.s = s
        self.p = Params(s["optimizer"])
        self.sampler = surface.sampled_grad(s["batch"]) if s["batch"] > 0 else None
        self.rng = Rng(s["seed"]) if self.sampler is not None else None
        self.sign = -1 if s["ascent"] else 1
        self.bound = s["diverge_factor"] * half
        self.cx = (d[0] + d[1]) / 2
        self.cy = (d[2] + d[3]) / 2
        small = SMALL_STEP_FRACTION * half
        self.small2 = small * small
        sch = s["schedule"]
        self.decays_for_good = sch["kind"] in ("step", "exponential") and sch["gamma"] <= 1


def next_step2(c, ax, ay, vx, vy, p1, p2, x, y, gx, gy):
    p = c.p
    if p.code == 6:
        ux, uy, _ = newton_direction(c.surface, x, y, gx, gy, c.sign, p.damping)
        return ux * ux + uy * uy
    return next_direction2(p, ax, ay, vx, vy, p1, p2, gx, gy)


def start_code(c, x, y, f, gx, gy):
    if not (math.isfinite(x) and math.isfinite(y)):
        return DIVERGED
    if math.isnan(f):
        return NO_COST
    if not math.isfinite(f):
        return DIVERGED
    if not (math.isfinite(gx) and math.isfinite(gy)):
        return NO_GRADIENT
    lr = c.s["lr"]
    if _hypot(gx, gy) < c.s["tol_grad"] and (
            c.p.code == 0 or lr * lr * next_step2(c, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, x, y, c.sign * gx, c.sign * gy) < c.small2):
        return CONVERGED_GRAD
    if c.s["max_steps"] <= 0:
        return MAX_STEPS
    return RUNNING


def _off_track(nx, ny, nf, ngx, ngy, c):
    return not (math.isfinite(nf) and math.isfinite(ngx) and math.isfinite(ngy)) \
        or not (abs(nx - c.cx) <= c.bound and abs(ny - c.cy) <= c.bound)


def _off_track_code(nx, ny, nf, c):
    if not (abs(nx - c.cx) <= c.bound and abs(ny - c.cy) <= c.bound):
        return DIVERGED
    if math.isnan(nf):
        return NO_COST
    return NO_GRADIENT if math.isfinite(nf) else DIVERGED


def _grad_norm(gx, gy):
    n = _sqrt(gx * gx + gy * gy)
    return _hypot(gx, gy) if n == _INF else n


STATUS = {CONVERGED_GRAD: "converged", CONVERGED_STEP: "converged", CONVERGED_COST: "converged",
          MAX_STEPS: "max-steps", STALLED: "stalled", DIVERGED: "diverged", NO_COST: "diverged",
          NO_GRADIENT: "diverged", RUNNING: "running"}


def run_path(surface, s, on_point=None):
    """createRun + walk until a stopping rule fires (step.ts, same order of operations). Returns (x, y, f, t, status)."""
    c = Context(surface, s)
    x, y = s["x0"], s["y0"]
    f = surface.f(x, y)
    gx, gy = surface.grad(x, y)
    code = start_code(c, x, y, f, gx, gy)
    if on_point is not None and code < DIVERGED:
        on_point(0, x, y, f, _hypot(gx, gy))
    p = c.p
    kind, mu, alpha, b1, b2, eps, damping = p.code, p.mu, p.alpha, p.beta1, p.beta2, p.eps, p.damping
    sign, seq, sampler, rng = c.sign, s["sequential"], c.sampler, c.rng
    sch, base_lr, max_steps = s["schedule"], s["lr"], s["max_steps"]
    const_lr = sch["kind"] == "constant"
    base2 = base_lr * base_lr
    tol_g, tol_c, small2 = s["tol_grad"], s["tol_cost"], c.small2
    tol_s2 = s["tol_step"] * s["tol_step"]
    t = 0
    ax = ay = vx = vy = 0.0
    p1 = p2 = 1.0
    still = 0
    while code == RUNNING:
        lr = base_lr if const_lr else learning_rate_at(base_lr, sch, t)
        p1 *= b1
        p2 *= b2
        if sampler is not None:
            g0, g1 = sampler(x, y, rng)
            ux, uy = sign * g0, sign * g1
        else:
            ux, uy = sign * gx, sign * gy
        if kind == 6:
            nx_, ny_, _ = newton_direction(surface, x, y, ux, uy, sign, damping)
            dx = -lr * nx_
            dy = -lr * ny_
        else:
            if kind == 0:
                dx = -lr * ux
            elif kind == 1:
                ax = mu * ax + ux
                dx = -lr * ax
            elif kind == 2:
                ax = mu * ax + ux
                dx = -lr * (ux + mu * ax)
            elif kind == 3:
                ax += ux * ux
                dx = _div(-lr * ux, _sqrt(ax) + eps)
            elif kind == 4:
                ax = alpha * ax + (1 - alpha) * ux * ux
                dx = _div(-lr * ux, _sqrt(ax) + eps)
            else:
                ax = b1 * ax + (1 - b1) * ux
                vx = b2 * vx + (1 - b2) * ux * ux
                dx = _div(-lr * _div(ax, 1 - p1), _sqrt(_div(vx, 1 - p2)) + eps)
            if seq:
                # The mistake: ∂f/∂y at (x_new, y_old), on the same mini-batch.
                g = sampler(x + dx, y, None) if sampler is not None else surface.grad(x + dx, y)
                uy = sign * g[1]
            if kind == 0:
                dy = -lr * uy
            elif kind == 1:
                ay = mu * ay + uy
                dy = -lr * ay
            elif kind == 2:
                ay = mu * ay + uy
                dy = -lr * (uy + mu * ay)
            elif kind == 3:
                ay += uy * uy
                dy = _div(-lr * uy, _sqrt(ay) + eps)
            elif kind == 4:
                ay = alpha * ay + (1 - alpha) * uy * uy
                dy = _div(-lr * uy, _sqrt(ay) + eps)
            else:
                ay = b1 * ay + (1 - b1) * uy
                vy = b2 * vy + (1 - b2) * uy * uy
                dy = _div(-lr * _div(ay, 1 - p1), _sqrt(_div(vy, 1 - p2)) + eps)
        nx = x + dx
        ny = y + dy
        nf = surface.f(nx, ny)
        ngx, ngy = surface.grad(nx, ny)
        if _off_track(nx, ny, nf, ngx, ngy, c):
            code = _off_track_code(nx, ny, nf, c)
            break
        df = nf - f
        x, y, f, gx, gy = nx, ny, nf, ngx, ngy
        t += 1
        gn = _grad_norm(ngx, ngy)
        d2 = dx * dx + dy * dy
        if on_point is not None:
            on_point(t, x, y, f, gn)
        if gn < tol_g and (kind == 0 or base2 * next_step2(c, ax, ay, vx, vy, p1, p2, x, y, sign * gx, sign * gy) < small2):
            code = CONVERGED_GRAD
            break
        if d2 < tol_s2:
            if kind == 0 and const_lr:
                code = CONVERGED_STEP
                break
            u2 = next_step2(c, ax, ay, vx, vy, p1, p2, x, y, sign * gx, sign * gy)
            if base2 * u2 < tol_s2:
                code = CONVERGED_STEP
                break
            if c.decays_for_good:
                nxt = learning_rate_at(base_lr, sch, t)
                if nxt * nxt * u2 < tol_s2:
                    code = STALLED
                    break
        if abs(df) < tol_c and d2 < small2 and (const_lr or (lr > 0 and d2 * _div(base2, lr * lr) < small2)):
            still += 1
            if still >= STILL_ITERATIONS and (
                    kind == 0 or base2 * next_step2(c, ax, ay, vx, vy, p1, p2, x, y, sign * gx, sign * gy) < small2):
                code = CONVERGED_COST
                break
        else:
            still = 0
        if t >= max_steps:
            code = MAX_STEPS
            break
    return x, y, f, t, STATUS[code]
`;
