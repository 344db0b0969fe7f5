# case: top-oil temperature alarm converts the reading to NumPy with .asnumpy() inside construct to compute the percentile limit -> asnumpy in graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OilTempAlarm(nn.Cell):
    def __init__(self, pct=95.0, margin_c=5.0):
        super().__init__()
        self.pct = pct
        self.margin = margin_c

    def construct(self, top_oil_c):
        hist = top_oil_c.asnumpy()
        limit = float(np.percentile(hist, self.pct)) + self.margin
        over = (top_oil_c > limit).astype(ms.float32)
        return over.sum(), top_oil_c.max()


def make():
    np.random.seed(131)
    t = Tensor((60 + np.random.randn(288) * 4).astype(np.float32))
    return OilTempAlarm(), (t,)
