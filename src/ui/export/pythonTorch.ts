// The optional self-check of the exported script: when torch imports, each path whose optimizer torch.optim
// has is replayed with torch.optim (our gradient fed as p.grad, η set per iteration from the same schedule)
// for as many iterations as the path took, and the end points must agree within TORCH_TOLERANCE.
export const PY_TORCH_CHECK = String.raw`
# torch.optim computes the same rules with its own grouping of the arithmetic (Adam divides by √(1−β₂ᵗ)
# after the square root, for example), so agreement is to rounding, not to the bit: |Δ| ≤ 1e-9·(1 + |x|).
TORCH_TOLERANCE = 1e-9


def _torch_optimizer(torch, s, p):
    o = s["optimizer"]
    kind, lr = o["kind"], s["lr"]
    if kind == "gd" or (kind in ("momentum", "nesterov") and o["momentum"] == 0):
        return torch.optim.SGD([p], lr=lr)
    if kind == "momentum":
        return torch.optim.SGD([p], lr=lr, momentum=o["momentum"])
    if kind == "nesterov":
        return torch.optim.SGD([p], lr=lr, momentum=o["momentum"], nesterov=True)
    if kind == "adagrad":
        return torch.optim.Adagrad([p], lr=lr, eps=o["eps"])
    if kind == "rmsprop":
        return torch.optim.RMSprop([p], lr=lr, alpha=o["alpha"], eps=o["eps"])
    if kind == "adam":
        return torch.optim.Adam([p], lr=lr, betas=(o["beta1"], o["beta2"]), eps=o["eps"])
    return None


def check_with_torch(finals):
    """Returns the number of paths that disagree with torch.optim (0 when torch is not installed)."""
    try:
        import torch
    except ImportError:
        print("torch is not installed: the torch.optim check was skipped")
        return 0
    bad = 0
    for s in PATHS:
        label = s["label"]
        x, y, f, t, status = finals[label]
        why = None
        if s["optimizer"]["kind"] == "newton":
            why = "torch.optim has no Newton's method"
        elif s["sequential"]:
            why = "the sequential update is a mistake torch.optim does not make"
        elif s["batch"] > 0 and SURFACE.sampled_grad(s["batch"]) is not None:
            why = "mini-batches are drawn by this script's generator, not by torch"
        elif status == "diverged":
            why = "the path diverged"
        if why is not None:
            print(f"path {label}: not checked with torch.optim ({why})")
            continue
        p = torch.tensor([s["x0"], s["y0"]], dtype=torch.float64, requires_grad=True)
        opt = _torch_optimizer(torch, s, p)
        sign = -1.0 if s["ascent"] else 1.0
        for i in range(t):
            for group in opt.param_groups:
                group["lr"] = learning_rate_at(s["lr"], s["schedule"], i)
            px, py = p.detach().tolist()
            gx, gy = SURFACE.grad(px, py)
            p.grad = torch.tensor([sign * gx, sign * gy], dtype=torch.float64)
            opt.step()
        tx, ty = p.detach().tolist()
        ok = abs(tx - x) <= TORCH_TOLERANCE * (1 + abs(x)) and abs(ty - y) <= TORCH_TOLERANCE * (1 + abs(y))
        print(f"path {label}: torch.optim gives x = {tx!r}, y = {ty!r}: {'agrees' if ok else 'DISAGREES'}")
        if not ok:
            bad += 1
    return bad
`;
