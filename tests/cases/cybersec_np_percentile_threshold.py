# case: set the alert threshold at the 95th percentile of log anomaly scores using np.percentile on a tensor inside construct -> NumPy on tensor in construct, host round trip
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


class PercentileAlarm(nn.Cell):
    def __init__(self, pct=95):
        super().__init__()
        self.scorer = LogReconstructionScorer()
        self.pct = pct

    def construct(self, x):
        errors = self.scorer(x)
        thr = np.percentile(errors, self.pct)
        return (errors > thr).astype(ms.int32), errors


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(20, 10).astype(np.float32))
    return PercentileAlarm(), (x,)
