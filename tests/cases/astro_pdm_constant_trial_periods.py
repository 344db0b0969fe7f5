# case: phase dispersion minimisation over a constant tuple of trial periods with fixed phase bins, building a fixed-length list and stacking -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PhaseDispersion(nn.Cell):
    def __init__(self, periods=(0.5, 1.0, 1.5, 2.0, 3.0), n_bins=5):
        super().__init__()
        self.periods = periods
        self.n_bins = n_bins

    def dispersion(self, t, y, period):
        phase = ops.floor(((t / period) % 1.0) * self.n_bins).astype(ms.int32)
        onehot = ops.one_hot(phase, self.n_bins, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0) + 1e-6
        means = ops.matmul(y, onehot) / counts
        resid = y - ops.matmul(onehot, means)
        return (resid * resid).mean()

    def construct(self, t, y):
        thetas = []
        for p in self.periods:
            thetas.append(self.dispersion(t, y, p))
        thetas = ops.stack(thetas)
        return thetas, ops.argmin(thetas)


def make():
    np.random.seed(35)
    t = np.sort(np.random.uniform(0.0, 15.0, 36)).astype(np.float32)
    y = (np.sin(2 * np.pi * t / 1.5) + 0.1 * np.random.randn(36)).astype(np.float32)
    return PhaseDispersion(), (Tensor(t), Tensor(y))
