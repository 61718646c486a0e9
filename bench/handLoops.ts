// Hand-written loops of the same maths as the engine, for Himmelblau: what plain JavaScript can do on one core.
// Each step computes the gradient, applies the update, evaluates the cost and checks it is finite,
// which is the work the engine does per iteration too.

/** Plain descent for n steps; returns the final x to keep the work observable. */
export function handGd(x: number, y: number, lr: number, n: number): number {
  let f = 0;
  for (let k = 0; k < n; k++) {
    const a = x * x + y - 11, b = x + y * y - 7;
    const gx = 4 * x * a + 2 * b, gy = 2 * a + 4 * y * b;
    x -= lr * gx; y -= lr * gy;
    const a2 = x * x + y - 11, b2 = x + y * y - 7;
    f = a2 * a2 + b2 * b2;
    if (!Number.isFinite(f)) break;
  }
  return x + f;
}

/** Adam for n steps (β₁ = 0.9, β₂ = 0.999, ε = 1e-8). */
export function handAdam(x: number, y: number, lr: number, n: number): number {
  let mx = 0, my = 0, vx = 0, vy = 0, p1 = 1, p2 = 1, f = 0;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let k = 0; k < n; k++) {
    const a = x * x + y - 11, b = x + y * y - 7;
    const gx = 4 * x * a + 2 * b, gy = 2 * a + 4 * y * b;
    p1 *= b1; p2 *= b2;
    mx = b1 * mx + (1 - b1) * gx; my = b1 * my + (1 - b1) * gy;
    vx = b2 * vx + (1 - b2) * gx * gx; vy = b2 * vy + (1 - b2) * gy * gy;
    x -= (lr * (mx / (1 - p1))) / (Math.sqrt(vx / (1 - p2)) + eps);
    y -= (lr * (my / (1 - p1))) / (Math.sqrt(vy / (1 - p2)) + eps);
    const a2 = x * x + y - 11, b2_ = x + y * y - 7;
    f = a2 * a2 + b2_ * b2_;
    if (!Number.isFinite(f)) break;
  }
  return x + f;
}

/** A swarm of plain-descent runs in struct-of-arrays form, n steps each. */
export function handSwarm(xs: Float64Array, ys: Float64Array, lr: number, n: number): void {
  for (let i = 0; i < xs.length; i++) {
    let x = xs[i] as number, y = ys[i] as number;
    for (let k = 0; k < n; k++) {
      const a = x * x + y - 11, b = x + y * y - 7;
      x -= lr * (4 * x * a + 2 * b); y -= lr * (2 * a + 4 * y * b);
      const a2 = x * x + y - 11, b2 = x + y * y - 7;
      if (!Number.isFinite(a2 * a2 + b2 * b2)) break;
    }
    xs[i] = x; ys[i] = y;
  }
}

/** Basin map of Himmelblau: plain descent from each start until the step is below tol or maxSteps. */
export function handBasins(xs: Float64Array, ys: Float64Array, lr: number, tol: number, maxSteps: number, out: Int16Array): void {
  const mx = [3, -2.805118, -3.779310, 3.584428], my = [2, 3.131313, -3.283186, -1.848127];
  for (let i = 0; i < xs.length; i++) {
    let x = xs[i] as number, y = ys[i] as number, label = -2;
    for (let k = 0; k < maxSteps; k++) {
      const a = x * x + y - 11, b = x + y * y - 7;
      const dx = -lr * (4 * x * a + 2 * b), dy = -lr * (2 * a + 4 * y * b);
      x += dx; y += dy;
      if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 5000 || Math.abs(y) > 5000) { label = -1; break; }
      if (Math.sqrt(dx * dx + dy * dy) < tol) { label = -3; break; }
    }
    if (label === -3) {
      for (let m = 0; m < 4; m++) {
        const ex = x - mx[m]!, ey = y - my[m]!;
        if (ex * ex + ey * ey < 0.14 * 0.14) label = m;
      }
    }
    out[i] = label;
  }
}

/**
 * Basin map of Himmelblau with the default stopping rules, as the engine applies them: converged when
 * ‖g‖ < tolG, or the step < tolS, or |Δf| < tolC with a step below `small` on 5 iterations in a row.
 */
export function handBasinsAtRest(
  xs: Float64Array, ys: Float64Array, lr: number, tolG: number, tolS: number, tolC: number, small: number, maxSteps: number, out: Int16Array,
): void {
  const mx = [3, -2.805118, -3.779310, 3.584428], my = [2, 3.131313, -3.283186, -1.848127];
  for (let i = 0; i < xs.length; i++) {
    let x = xs[i] as number, y = ys[i] as number, label = -2, still = 0;
    let a = x * x + y - 11, b = x + y * y - 7, f = a * a + b * b, gx = 4 * x * a + 2 * b, gy = 2 * a + 4 * y * b;
    for (let k = 0; k < maxSteps; k++) {
      const dx = -lr * gx, dy = -lr * gy;
      x += dx; y += dy;
      a = x * x + y - 11; b = x + y * y - 7;
      const nf = a * a + b * b;
      gx = 4 * x * a + 2 * b; gy = 2 * a + 4 * y * b;
      if (!Number.isFinite(nf) || Math.abs(x) > 5000 || Math.abs(y) > 5000) { label = -1; break; }
      const df = nf - f, d2 = dx * dx + dy * dy;
      f = nf;
      if (Math.sqrt(gx * gx + gy * gy) < tolG || d2 < tolS * tolS) { label = -3; break; }
      if (Math.abs(df) < tolC && d2 < small * small) { if (++still >= 5) { label = -3; break; } } else still = 0;
    }
    if (label === -3) {
      for (let m = 0; m < 4; m++) {
        const ex = x - mx[m]!, ey = y - my[m]!;
        if (ex * ex + ey * ey < 0.14 * 0.14) label = m;
      }
    }
    out[i] = label;
  }
}

/** Himmelblau's value and gradient over an n × n grid, hand-written, with normals. */
export function handGrid(n: number, f: Float64Array, gx: Float64Array, gy: Float64Array, normals: Float32Array): void {
  const h = 10 / (n - 1);
  for (let j = 0; j < n; j++) {
    const y = -5 + j * h;
    for (let i = 0; i < n; i++) {
      const x = -5 + i * h, o = j * n + i;
      const a = x * x + y - 11, b = x + y * y - 7;
      f[o] = a * a + b * b;
      const X = 4 * x * a + 2 * b, Y = 2 * a + 4 * y * b;
      gx[o] = X; gy[o] = Y;
      const inv = 1 / Math.sqrt(X * X + Y * Y + 1);
      normals[3 * o] = -X * inv; normals[3 * o + 1] = -Y * inv; normals[3 * o + 2] = inv;
    }
  }
}
