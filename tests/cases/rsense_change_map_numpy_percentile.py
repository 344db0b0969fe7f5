# case: builds a two-date change magnitude map and thresholds it at a NumPy percentile computed from .asnumpy() -> error from host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangeDetector(nn.Cell):
    def __init__(self, percentile=90.0):
        super().__init__()
        self.percentile = percentile

    def magnitude(self, before, after):
        diff = after - before
        return ops.sqrt((diff * diff).sum(axis=0))

    def construct(self, before, after):
        mag = self.magnitude(before, after)
        thr = np.percentile(mag.asnumpy(), self.percentile)
        change = (mag > Tensor(thr, ms.float32)).astype(ms.float32)
        return change


def make():
    np.random.seed(5)
    before = Tensor(np.random.rand(4, 16, 16).astype(np.float32))
    after = Tensor((np.random.rand(4, 16, 16) * 0.2 + before.asnumpy()).astype(np.float32))
    return ChangeDetector(), (before, after)
