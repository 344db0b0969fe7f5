# case: trim solvent front and column bleed from a chromatogram using fractions of x.shape -> slice bounds from static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def baseline_subtract(y, n_edge):
    left = y[:n_edge].mean()
    right = y[-n_edge:].mean()
    ramp = ops.linspace(left, right, y.shape[0])
    return y - ramp


class TrimmedTrace(nn.Cell):
    def __init__(self, solvent_frac=0.08, bleed_frac=0.05, edge=10):
        super().__init__()
        self.solvent_frac = solvent_frac
        self.bleed_frac = bleed_frac
        self.edge = edge

    def construct(self, trace):
        n = trace.shape[0]
        lo = int(n * self.solvent_frac)
        hi = n - int(n * self.bleed_frac)
        core = trace[lo:hi]
        core = baseline_subtract(core, self.edge)
        return core, core.sum()


def make():
    np.random.seed(52)
    t = np.linspace(0, 30, 500).astype(np.float32)
    y = 2.0 * np.exp(-t / 0.5) + np.exp(-((t - 12.0) ** 2) / 0.1) + 0.01 * t
    y = y + np.random.rand(500) * 0.02
    return TrimmedTrace(), (Tensor(y.astype(np.float32)),)
