# case: enhancer returns a training loss only when a clean reference is passed, checked with `is None` -> is None test on an argument is resolved at compile time, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskEnhancer(nn.Cell):
    def __init__(self, n_bins=16, hidden=24):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_bins, hidden), nn.ReLU(), nn.Dense(hidden, n_bins)])

    def construct(self, noisy, clean=None):
        mask = ops.sigmoid(self.net(noisy))
        enhanced = noisy * mask
        if clean is None:
            return enhanced
        irm = ops.clamp(clean / (noisy + 1e-8), 0.0, 1.0)
        loss = ops.mean((mask - irm) ** 2)
        return enhanced, loss


def make():
    np.random.seed(29)
    clean = np.abs(np.random.randn(2, 8, 16)).astype(np.float32)
    noisy = clean + 0.5 * np.abs(np.random.randn(2, 8, 16)).astype(np.float32)
    return MaskEnhancer(), (Tensor(noisy), Tensor(clean))
