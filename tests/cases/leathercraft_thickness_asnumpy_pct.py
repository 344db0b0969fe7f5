# case: thickness grading, computes the 10th and 90th gauge percentiles by pulling readings to NumPy with .asnumpy() inside construct -> asnumpy/NumPy on tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeSpread(nn.Cell):
    def __init__(self, low_pct=10, high_pct=90):
        super().__init__()
        self.low_pct = low_pct
        self.high_pct = high_pct

    def construct(self, gauge_mm):
        readings = gauge_mm.asnumpy()
        lo = np.percentile(readings, self.low_pct)
        hi = np.percentile(readings, self.high_pct)
        spread = Tensor(np.array(hi - lo, np.float32))
        return spread, gauge_mm.mean()


def make():
    np.random.seed(3095)
    gauge = Tensor((1.2 + 0.15 * np.random.randn(60)).astype(np.float32))
    return GaugeSpread(), (gauge,)
