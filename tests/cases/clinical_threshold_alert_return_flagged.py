# case: early-warning alert head that returns only flagged patients when any risk crosses the threshold, otherwise the scalar max risk -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibratedRisk(nn.Cell):
    def __init__(self, n_features=8):
        super().__init__()
        self.logit = nn.Dense(n_features, 1)
        self.temperature = ms.Parameter(Tensor(1.5, ms.float32), name="temperature")

    def construct(self, x):
        return ops.sigmoid(self.logit(x).squeeze(-1) / self.temperature)


class EarlyWarning(nn.Cell):
    def __init__(self, n_features=8, threshold=0.6):
        super().__init__()
        self.risk = CalibratedRisk(n_features)
        self.threshold = threshold

    def construct(self, vitals):
        p = self.risk(vitals)
        flagged = p > self.threshold
        if flagged.any():
            idx = ops.nonzero(flagged).squeeze(-1)
            return ops.gather(p, idx, 0)
        return p.max()


def make():
    np.random.seed(14)
    vitals = Tensor((np.random.randn(9, 8) * 2).astype(np.float32))
    return EarlyWarning(), (vitals,)
