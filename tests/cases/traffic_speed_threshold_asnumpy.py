# case: congestion detector converts the speed tensor to NumPy inside construct to compute a percentile threshold -> error in graph mode (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileCongestion(nn.Cell):
    def __init__(self, pct=20):
        super().__init__()
        self.pct = pct

    def construct(self, speeds):
        thr = np.percentile(speeds.asnumpy(), self.pct)
        flags = speeds < Tensor(thr, ms.float32)
        return flags.astype(ms.float32).sum(axis=-1)


def make():
    np.random.seed(12)
    speeds = Tensor(np.random.uniform(10, 90, size=(3, 20)).astype(np.float32))
    return PercentileCongestion(), (speeds,)
