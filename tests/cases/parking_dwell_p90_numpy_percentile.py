# case: 90th-percentile dwell for the enforcement threshold computed with np.percentile on the tensor inside construct -> NumPy on tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnforcementThreshold(nn.Cell):
    def __init__(self, pct=90.0, min_limit=30.0):
        super().__init__()
        self.pct = pct
        self.min_limit = min_limit

    def construct(self, dwell_min):
        p = np.percentile(dwell_min, self.pct)
        limit = ops.maximum(Tensor(p, ms.float32), Tensor(self.min_limit, ms.float32))
        flagged = (dwell_min > limit).astype(ms.int32)
        return limit, flagged


def make():
    np.random.seed(40)
    dwell = Tensor(np.random.uniform(5, 300, 22).astype(np.float32))
    return EnforcementThreshold(), (dwell,)
