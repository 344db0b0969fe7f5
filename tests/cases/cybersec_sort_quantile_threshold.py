# case: set the alert threshold at roughly the 95th percentile by sorting reconstruction errors and indexing a position computed from x.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogReconstructionScorer(nn.Cell):
    def __init__(self, dim=10, bottleneck=3):
        super().__init__()
        self.enc = nn.Dense(dim, bottleneck)
        self.dec = nn.Dense(bottleneck, dim)

    def construct(self, x):
        recon = self.dec(ops.relu(self.enc(x)))
        return ((recon - x) ** 2).mean(-1)


class QuantileAlarm(nn.Cell):
    def __init__(self, quantile=0.95):
        super().__init__()
        self.scorer = LogReconstructionScorer()
        self.quantile = quantile

    def construct(self, x):
        errors = self.scorer(x)
        sorted_err, _ = ops.sort(errors)
        pos = int(self.quantile * (x.shape[0] - 1))
        thr = sorted_err[pos]
        return (errors > thr).astype(ms.int32), thr


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(20, 10).astype(np.float32))
    return QuantileAlarm(), (x,)
