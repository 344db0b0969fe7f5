# case: calibrated-date summary uses cumsum and argmax over fixed-size indicator tensors to read the median and 68% bounds -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalDateSummary(nn.Cell):
    def __init__(self, probs=(0.16, 0.5, 0.84)):
        super().__init__()
        self.probs = probs

    def quantile(self, years, cdf, q):
        idx = ops.argmax((cdf >= q).astype(ms.int32))
        return years[idx]

    def construct(self, years_bp, density):
        p = density / density.sum()
        cdf = ops.cumsum(p, axis=0)
        qs = [self.quantile(years_bp, cdf, q) for q in self.probs]
        return ops.stack(qs)


def make():
    np.random.seed(46)
    yrs = np.arange(1000, 2500, 10).astype(np.float32)
    dens = np.exp(-0.5 * ((yrs - 1800) / 90.0) ** 2).astype(np.float32) + 1e-4
    return CalDateSummary(), (Tensor(yrs), Tensor(dens))
