# case: a Cell's list made empty in __init__ and appended only in construct's helper, then stacked -> compile error at the stack
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureTap(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.taps = []

    def _tap(self, h):
        self.taps.append(h)
        return h

    def construct(self, x):
        h = self._tap(ops.relu(self.fc(x)))
        h = self._tap(ops.relu(self.fc(h)))
        return ops.stack(self.taps).mean(0) + h


def make():
    return FeatureTap(), (Tensor(np.ones((2, 4), np.float32)),)
