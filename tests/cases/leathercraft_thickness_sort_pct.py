# case: thickness grading, computes the 10th and 90th gauge percentiles by sorting the readings and indexing at positions fixed from the static length -> sort plus constant index, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeSpread(nn.Cell):
    def __init__(self, low_pct=10, high_pct=90):
        super().__init__()
        self.low_pct = low_pct
        self.high_pct = high_pct

    def construct(self, gauge_mm):
        n = gauge_mm.shape[0]
        ordered, _ = ops.sort(gauge_mm)
        lo = ordered[(n - 1) * self.low_pct // 100]
        hi = ordered[(n - 1) * self.high_pct // 100]
        return hi - lo, gauge_mm.mean()


def make():
    np.random.seed(3096)
    gauge = Tensor((1.2 + 0.15 * np.random.randn(60)).astype(np.float32))
    return GaugeSpread(), (gauge,)
