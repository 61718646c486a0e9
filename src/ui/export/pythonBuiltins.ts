// The built-in surfaces in Python: f, its gradient and its Hessian as src/core/surfaces/*.ts compute them,
// operation for operation (same grouping, same constants), so the exported script gets the same doubles.
// A surface missing here makes the script refuse to run rather than guess.

/** Python bodies for f(x, y), grad(x, y) → (gx, gy) and hess(x, y) → (fxx, fxy, fyy), by built-in id. */
export const PY_BUILTINS: Readonly<Record<string, string>> = {
  bowl: `
def f(x, y):
    return x * x + y * y

def grad(x, y):
    return 2 * x, 2 * y

def hess(x, y):
    return 2.0, 0.0, 2.0
`,
  elongated: `
def f(x, y):
    return 0.5 * (x * x + 10 * y * y)

def grad(x, y):
    return x, 10 * y

def hess(x, y):
    return 1.0, 0.0, 10.0
`,
  saddle: `
def f(x, y):
    return x * x - y * y

def grad(x, y):
    return 2 * x, -2 * y

def hess(x, y):
    return 2.0, 0.0, -2.0
`,
  booth: `
def f(x, y):
    a = x + 2 * y - 7
    b = 2 * x + y - 5
    return a * a + b * b

def grad(x, y):
    a = x + 2 * y - 7
    b = 2 * x + y - 5
    return 2 * a + 4 * b, 4 * a + 2 * b

def hess(x, y):
    return 10.0, 8.0, 10.0
`,
  matyas: `
def f(x, y):
    return 0.26 * (x * x + y * y) - 0.48 * x * y

def grad(x, y):
    return 0.52 * x - 0.48 * y, 0.52 * y - 0.48 * x

def hess(x, y):
    return 0.52, -0.48, 0.52
`,
  'two-valleys': `
def f(x, y):
    a = x * x - 1
    return a * a + 0.3 * x + 0.5 * y * y

def grad(x, y):
    return 4 * x * (x * x - 1) + 0.3, y

def hess(x, y):
    return 12 * x * x - 4, 0.0, 1.0
`,
  rastrigin: `
TAU = 2 * math.pi

def f(x, y):
    return 20 + x * x + y * y - 10 * (_cos(TAU * x) + _cos(TAU * y))

def grad(x, y):
    return 2 * x + 10 * TAU * _sin(TAU * x), 2 * y + 10 * TAU * _sin(TAU * y)

def hess(x, y):
    return 2 + 10 * TAU * TAU * _cos(TAU * x), 0.0, 2 + 10 * TAU * TAU * _cos(TAU * y)
`,
  ackley: `
TAU = 2 * math.pi

def f(x, y):
    r = _sqrt(0.5 * (x * x + y * y))
    return -20 * _exp(-0.2 * r) - _exp(0.5 * (_cos(TAU * x) + _cos(TAU * y))) + math.e + 20

def grad(x, y):
    r = _sqrt(0.5 * (x * x + y * y))
    c = _exp(0.5 * (_cos(TAU * x) + _cos(TAU * y)))
    k = _div(2 * _exp(-0.2 * r), r) if r > 0 else 0.0
    return k * x + math.pi * _sin(TAU * x) * c, k * y + math.pi * _sin(TAU * y) * c

def hess(x, y):
    r = _sqrt(0.5 * (x * x + y * y))
    c = _exp(0.5 * (_cos(TAU * x) + _cos(TAU * y)))
    sx = _sin(TAU * x)
    sy = _sin(TAU * y)
    p2 = math.pi * math.pi
    if r == 0:
        return _INF, 0.0, _INF
    a = 0.0
    b = 0.0
    if r > 0:
        e = _exp(-0.2 * r)
        a = _div(2 * e, r)
        b = e * (_div(-0.2, r * r) - _div(1, r * r * r))
    return (a + x * x * b + p2 * c * (2 * _cos(TAU * x) - sx * sx),
            x * y * b - p2 * sx * sy * c,
            a + y * y * b + p2 * c * (2 * _cos(TAU * y) - sy * sy))
`,
  himmelblau: `
def f(x, y):
    a = x * x + y - 11
    b = x + y * y - 7
    return a * a + b * b

def grad(x, y):
    a = x * x + y - 11
    b = x + y * y - 7
    return 4 * x * a + 2 * b, 2 * a + 4 * y * b

def hess(x, y):
    return 12 * x * x + 4 * y - 42, 4 * (x + y), 4 * x + 12 * y * y - 26
`,
  rosenbrock: `
def f(x, y):
    a = 1 - x
    b = y - x * x
    return a * a + 100 * b * b

def grad(x, y):
    b = y - x * x
    return -2 * (1 - x) - 400 * x * b, 200 * b

def hess(x, y):
    return 2 - 400 * y + 1200 * x * x, -400 * x, 200.0
`,
  beale: `
def f(x, y):
    y2 = y * y
    t1 = 1.5 - x + x * y
    t2 = 2.25 - x + x * y2
    t3 = 2.625 - x + x * y2 * y
    return t1 * t1 + t2 * t2 + t3 * t3

def grad(x, y):
    y2 = y * y
    y3 = y2 * y
    t1 = 1.5 - x + x * y
    t2 = 2.25 - x + x * y2
    t3 = 2.625 - x + x * y3
    return (2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1)),
            2 * x * (t1 + 2 * y * t2 + 3 * y2 * t3))

def hess(x, y):
    y2 = y * y
    y3 = y2 * y
    t1 = 1.5 - x + x * y
    t2 = 2.25 - x + x * y2
    t3 = 2.625 - x + x * y3
    a = y - 1
    b = y2 - 1
    c = y3 - 1
    return (2 * (a * a + b * b + c * c),
            2 * (x * a + t1 + 2 * x * y * b + 2 * y * t2 + 3 * x * y2 * c + 3 * y2 * t3),
            2 * (x * x + 4 * x * x * y2 + 2 * x * t2 + 9 * x * x * y2 * y2 + 6 * x * y * t3))
`,
  'six-hump-camel': `
def f(x, y):
    x2 = x * x
    y2 = y * y
    return (4 - 2.1 * x2 + _div(x2 * x2, 3)) * x2 + x * y + (-4 + 4 * y2) * y2

def grad(x, y):
    x2 = x * x
    return 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y

def hess(x, y):
    x2 = x * x
    return 8 - 25.2 * x2 + 10 * x2 * x2, 1.0, -8 + 48 * y * y
`,
  'styblinski-tang': `
def f(x, y):
    x2 = x * x
    y2 = y * y
    return 0.5 * (x2 * x2 - 16 * x2 + 5 * x + y2 * y2 - 16 * y2 + 5 * y)

def grad(x, y):
    return 2 * x * x * x - 16 * x + 2.5, 2 * y * y * y - 16 * y + 2.5

def hess(x, y):
    return 6 * x * x - 16, 0.0, 6 * y * y - 16
`,
  mccormick: `
def f(x, y):
    d = x - y
    return _sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1

def grad(x, y):
    c = _cos(x + y)
    d = x - y
    return c + 2 * d - 1.5, c - 2 * d + 2.5

def hess(x, y):
    s = _sin(x + y)
    return 2 - s, -s - 2, 2 - s
`,
};
