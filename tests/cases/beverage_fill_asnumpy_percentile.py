# case: compute the 95th-percentile fill-height error across the camera batch using NumPy on .asnumpy() inside construct -> asnumpy and numpy on tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillErrorMonitor(nn.Cell):
    def __init__(self, nominal_mm=62.0, pct=95):
        super().__init__()
        self.nominal_mm = nominal_mm
        self.pct = pct
        self.regress = nn.Dense(10, 1)

    def construct(self, edge_features):
        level = self.regress(edge_features).squeeze(-1) + self.nominal_mm
        err = ops.abs(level - self.nominal_mm)
        p95 = np.percentile(err.asnumpy(), self.pct)
        return level, Tensor(p95, ms.float32)


def make():
    np.random.seed(131)
    feats = np.random.randn(20, 10).astype(np.float32)
    return FillErrorMonitor(), (Tensor(feats),)
