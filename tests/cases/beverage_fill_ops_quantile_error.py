# case: compute the worst and mean fill-height error across the camera batch with MindSpore reductions only -> pure ops reductions over constant axes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillErrorMonitor(nn.Cell):
    def __init__(self, nominal_mm=62.0, n_worst=3):
        super().__init__()
        self.nominal_mm = nominal_mm
        self.n_worst = n_worst
        self.regress = nn.Dense(10, 1)

    def construct(self, edge_features):
        level = self.regress(edge_features).squeeze(-1) + self.nominal_mm
        err = ops.abs(level - self.nominal_mm)
        worst, _ = ops.topk(err, self.n_worst)
        return level, worst.mean(), err.mean()


def make():
    np.random.seed(132)
    feats = np.random.randn(20, 10).astype(np.float32)
    return FillErrorMonitor(), (Tensor(feats),)
