# case: compute the soaring altitude band from a sorted altimeter trace at fixed quantile positions derived from the trace length -> ops.sort with shape-derived indices, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def quantile_pos(n, q):
    return min(n - 1, int(q * (n - 1)))


class SoaringBand(nn.Cell):
    def __init__(self, low_q=0.25, high_q=0.9):
        super().__init__()
        self.low_q = low_q
        self.high_q = high_q

    def construct(self, altitude_m):
        sorted_alt, _ = ops.sort(altitude_m)
        n = altitude_m.shape[0]
        lo = sorted_alt[quantile_pos(n, self.low_q)]
        hi = sorted_alt[quantile_pos(n, self.high_q)]
        return ops.stack([lo, hi]), altitude_m.max() - altitude_m.min()


def make():
    np.random.seed(3187)
    alt = np.abs(np.cumsum(np.random.randn(120) * 4)).astype(np.float32) + 30
    return SoaringBand(), (Tensor(alt),)
