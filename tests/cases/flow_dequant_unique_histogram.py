# case: dequantization diagnostics that count distinct pixel levels with ops.unique before adding uniform noise -> dynamic-shape unique in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DequantWithStats(nn.Cell):
    def __init__(self, n_bins=16):
        super().__init__()
        self.n_bins = n_bins
        self.lo = Tensor(0.0, ms.float32)
        self.hi = Tensor(1.0, ms.float32)

    def level_stats(self, x):
        levels, _ = ops.unique(x.reshape(-1).astype(ms.int32))
        return levels.shape[0], levels.astype(ms.float32).mean()

    def construct(self, x):
        n_levels, mean_level = self.level_stats(x)
        u = ops.uniform(x.shape, self.lo, self.hi, seed=3)
        y = (x + u) / self.n_bins
        return y, n_levels, mean_level


def make():
    np.random.seed(21)
    x = Tensor(np.random.randint(0, 16, size=(2, 1, 4, 4)).astype(np.float32))
    return DequantWithStats(), (x,)
