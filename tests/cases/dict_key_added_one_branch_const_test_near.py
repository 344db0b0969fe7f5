# case: near miss: the if tests a Python constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateStats(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.fc = nn.Dense(4, 4)
        self.thresh = thresh

    def construct(self, x):
        out = {}
        h = self.fc(x)
        out["score"] = h.mean()
        if self.thresh > 0.3:
            out["hidden"] = h
        out["final"] = ops.relu(h)
        return out


def make():
    np.random.seed(3)
    return GateStats(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
