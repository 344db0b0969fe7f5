# case: a tensor `if` runs a residual block or scales the input: both arms keep the shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Residual(nn.Cell):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Dense(d, d)
        self.norm = nn.LayerNorm((d,))

    def construct(self, x):
        return self.norm(x + ops.relu(self.fc(x)))


class MaybeRefine(nn.Cell):
    def __init__(self, d=8, threshold=0.0):
        super().__init__()
        self.block = Residual(d)
        self.threshold = threshold

    def construct(self, h):
        if h.mean() > self.threshold:
            out = self.block(h)
        else:
            out = h * 0.5
        return out[:, 0]


def make():
    h = Tensor(np.random.RandomState(1).randn(2, 3, 8).astype(np.float32))
    return MaybeRefine(), (h,)
